package org.peacetrack.audit;

import java.time.Instant;

/** One line of the change log: who did what to which record, when, and its state before and after. */
public record Change(Instant at, String actor, String action, String subjectType, long subjectId, Long itemId,
        String before, String after) {
}
