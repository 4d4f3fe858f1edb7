package org.peacetrack.register;

import java.util.List;

/** An item with its text, its status history (newest first) and its links both ways. */
public record ItemView(ItemSummary item, String text, List<StatusView> history, List<LinkView> references,
        List<LinkView> referencedBy, List<String> responsibleEntities, List<String> missions) {
}
