package org.peacetrack.audit;

import java.util.Locale;

/** The kinds of record the change log is about: so far only status updates go through a workflow. */
public enum Subject {
    STATUS_UPDATE;

    /** The name the change log stores and its API and CSV write, e.g. "status_update". */
    public String logged() {
        return name().toLowerCase(Locale.ROOT);
    }
}
