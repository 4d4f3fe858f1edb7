package org.peacetrack.register;

import java.time.Instant;

/** Who changed which status update of which item, when, and its state before and after. */
public record StatusUpdateChange(long statusUpdateId, long itemId, String actor, Instant at,
        UpdateSnapshot before, UpdateSnapshot after) {
}
