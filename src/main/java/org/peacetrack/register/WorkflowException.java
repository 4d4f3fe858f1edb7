package org.peacetrack.register;

/**
 * A step the workflow does not allow now: a transition from the wrong state, a closed cycle, a passed
 * deadline. The message is English (logs, API); pages show it in the reader's language through the code.
 */
public class WorkflowException extends CodedRefusal {

    public WorkflowException(String message) {
        this(null, message);
    }

    public WorkflowException(String code, String message, Object... arguments) {
        super(code, message, arguments);
    }
}
