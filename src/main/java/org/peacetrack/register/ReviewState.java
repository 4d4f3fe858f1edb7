package org.peacetrack.register;

/** Where a machine-proposed link stands: proposed until a person confirms or rejects it. */
public enum ReviewState {
    PROPOSED,
    CONFIRMED,
    REJECTED
}
