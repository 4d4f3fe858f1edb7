package org.peacetrack.tracking;

/** How one item relates to another. */
public enum LinkKind {
    /** The later item's status refers to the earlier item ("please refer to recommendation 37 ... for 2023"). */
    REFERS_TO_PRIOR
}
