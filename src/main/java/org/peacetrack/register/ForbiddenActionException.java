package org.peacetrack.register;


/**
 * The actor's role or entity does not allow this action on this record. The message is English; pages
 * show it in the reader's language through the code.
 */
public class ForbiddenActionException extends CodedRefusal {

    public ForbiddenActionException(String message) {
        this(null, message);
    }

    public ForbiddenActionException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
