package org.peacetrack.register;

import org.peacetrack.i18n.CodedMessage;

/**
 * A refusal whose message is English (logs, API) and which pages show in the reader's language through its
 * message code; without a code, pages show the English message.
 */
public abstract class CodedRefusal extends RuntimeException implements CodedMessage {

    private final String code;
    private final transient Object[] arguments;

    public CodedRefusal(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = arguments;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Object[] arguments() {
        return arguments;
    }
}
