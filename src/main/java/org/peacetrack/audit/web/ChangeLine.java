package org.peacetrack.audit.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.peacetrack.audit.Change;

/** A change as the API answers it: its states before and after as the lines of {@link StateLine}. */
@Schema(name = "Change")
record ChangeLine(Instant at, String actor, String action, String subjectType, long subjectId, Long itemId,
        String before, String after) {

    static ChangeLine of(Change change) {
        return new ChangeLine(change.at(), change.actor(), change.action().logged(), change.subjectType().logged(),
                change.subjectId(), change.itemId(), StateLine.of(change.before()), StateLine.of(change.after()));
    }
}
