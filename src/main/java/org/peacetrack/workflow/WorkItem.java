package org.peacetrack.workflow;

import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.StatusView;
import org.peacetrack.register.Viewer;

/**
 * An assigned item in a cycle: which entity answers for it, its work state (NOT_STARTED until a draft
 * exists) and the cycle's update, if any and if the reader may read it (Viewer).
 */
public record WorkItem(CycleSummary cycle, ItemSummary item, String entityCode, String state, StatusView update,
        boolean overdue) {
}
