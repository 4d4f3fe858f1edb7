package org.peacetrack.workflow;

import org.springframework.context.MessageSourceResolvable;

/** Input the workflow cannot take (an unknown entity, an unknown item); the message says what to correct. */
public class InvalidInputException extends IllegalArgumentException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    InvalidInputException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
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
