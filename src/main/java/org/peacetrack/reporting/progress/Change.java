package org.peacetrack.reporting.progress;

/** What became of a recommendation between the previous session and this one, read from the lineage links. */
public enum Change {
    /** No recommendation of the previous session continues into it. */
    NEW,
    /** It continues one of the previous session, word for word or by the status's explicit reference. */
    CARRIED_OVER,
    /** It continues one of the previous session in other words (a text-similarity match below identity). */
    REWORDED,
    /** A recommendation of the previous session that no recommendation of this one continues. */
    DROPPED
}
