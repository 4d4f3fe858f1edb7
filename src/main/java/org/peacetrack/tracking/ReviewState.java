package org.peacetrack.tracking;

/** Where a machine-proposed link stands: proposed until a person confirms or rejects it. */
public enum ReviewState {
    PROPOSED,
    CONFIRMED,
    REJECTED
}
