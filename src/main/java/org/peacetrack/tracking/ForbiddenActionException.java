package org.peacetrack.tracking;

/** The actor's role or entity does not allow this action on this record. */
public class ForbiddenActionException extends RuntimeException {

    public ForbiddenActionException(String message) {
        super(message);
    }
}
