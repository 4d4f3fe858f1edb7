package org.peacetrack.register;

/** How one item relates to another. */
public enum LinkKind {
    /** The later item's status refers to the earlier item ("please refer to recommendation 37 ... for 2023"). */
    REFERS_TO_PRIOR,
    /** The later item's text resembles the earlier item's: renumbered or reworded, with a score and a review. */
    SIMILAR_TO,
    /** A recommendation serves an A4P commitment (by the theme section it sits in). */
    SERVES
}
