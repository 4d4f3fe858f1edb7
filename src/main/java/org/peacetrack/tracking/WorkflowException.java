package org.peacetrack.tracking;

import org.springframework.context.MessageSourceResolvable;

/**
 * A step the workflow does not allow now: a transition from the wrong state, a closed cycle, a passed
 * deadline. The message is English (logs, API); pages show it in the reader's language through the code.
 */
public class WorkflowException extends RuntimeException implements MessageSourceResolvable {

    private final String code;
    private final transient Object[] arguments;

    public WorkflowException(String message) {
        this(null, message);
    }

    WorkflowException(String code, String message, Object... arguments) {
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
