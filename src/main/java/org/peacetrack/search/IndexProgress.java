package org.peacetrack.search;

import java.time.Instant;

/**
 * Where the search index stands: {@code unconfirmed} changes recorded in the database that the index on disk may
 * not hold yet (ADR 0047), and the latest rebuild: running or not, records indexed out of the total, when it
 * started and ended, and its error if it failed.
 */
public record IndexProgress(long unconfirmed, boolean running, long indexed, long total, Instant startedAt,
        Instant endedAt, String failure) {

    /** Whole percent done, 0 before the total is known. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, indexed * 100 / total);
    }
}
