package org.peacetrack.register;

/**
 * Of a session's recommendations, how many continue one of an earlier session: they refer to its status,
 * or their text matches it (a match not rejected by a person), as on each item's chain across sessions.
 */
public record CarryOver(String frameworkCode, int sessionYear, long items, long carriedOver) {

    public long fresh() {
        return items - carriedOver;
    }

    /** The share carried over, in whole per cent. */
    public long percent() {
        return items == 0 ? 0 : Math.round(100.0 * carriedOver / items);
    }
}
