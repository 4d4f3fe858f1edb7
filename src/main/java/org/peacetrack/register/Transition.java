package org.peacetrack.register;

import java.util.Locale;

/** A status update's step through the workflow, as its event names it and the change log records it. */
public enum Transition {
    DRAFTED,
    REVISED,
    SUBMITTED,
    RETURNED,
    APPROVED,
    PUBLISHED;

    /** The name the change log stores and its API and CSV write, e.g. "submitted". */
    public String logged() {
        return name().toLowerCase(Locale.ROOT);
    }
}
