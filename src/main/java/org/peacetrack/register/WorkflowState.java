package org.peacetrack.register;

/** Where a status update stands in the review workflow. Imported official statuses are already published. */
public enum WorkflowState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    PUBLISHED
}
