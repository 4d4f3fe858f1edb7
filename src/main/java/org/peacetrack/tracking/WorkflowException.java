package org.peacetrack.tracking;

/** A transition the workflow does not allow from the update's current state; the message says which are. */
public class WorkflowException extends RuntimeException {

    public WorkflowException(String message) {
        super(message);
    }
}
