package org.peacetrack.reporting;

/** A report asked for on a session that has no recommendations stored. */
public class UnknownSessionException extends IllegalArgumentException {

    private final String session;

    public UnknownSessionException(String session) {
        super("No session " + session + " is stored: import its report or addendum first");
        this.session = session;
    }

    public String session() {
        return session;
    }
}
