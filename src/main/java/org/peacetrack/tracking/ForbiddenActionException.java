package org.peacetrack.tracking;

import org.springframework.context.MessageSourceResolvable;

/**
 * The actor's role or entity does not allow this action on this record. The message is English; pages
 * show it in the reader's language through the code.
 */
public class ForbiddenActionException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    public ForbiddenActionException(String message) {
        this(null, message);
    }

    ForbiddenActionException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
