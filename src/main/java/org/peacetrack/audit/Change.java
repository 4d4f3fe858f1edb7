package org.peacetrack.audit;

import java.time.Instant;
import org.peacetrack.register.Transition;
import org.peacetrack.register.UpdateSnapshot;

/**
 * One line of the change log: who did what to which record, when, and its state before and after (before is
 * null for a first draft, and for a publication as those who read only published work see it).
 */
public record Change(Instant at, String actor, Transition action, Subject subjectType, long subjectId, Long itemId,
        UpdateSnapshot before, UpdateSnapshot after) {
}
