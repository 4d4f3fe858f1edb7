package org.peacetrack.register;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal whose message is English (logs, API) and which pages show in the reader's language through its
 * message code; without a code, pages show the English message.
 */
public abstract class CodedRefusal extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    public CodedRefusal(String code, String message, Object... arguments) {
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
