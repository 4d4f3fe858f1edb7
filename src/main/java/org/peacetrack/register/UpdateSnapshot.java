package org.peacetrack.register;

/**
 * A status update as the change log records it before and after a transition: where it stands in the
 * workflow, its status, the reviewer's message (null when there is none, or when the reader may not see it),
 * how many pieces of evidence it has, and its whole narrative.
 */
public record UpdateSnapshot(WorkflowState workflowState, Status status, String message, int evidence,
        String narrative) {

    /** The same state without the reviewer's message: what anyone may read once the update is published. */
    public UpdateSnapshot withoutMessage() {
        return new UpdateSnapshot(workflowState, status, null, evidence, narrative);
    }
}
