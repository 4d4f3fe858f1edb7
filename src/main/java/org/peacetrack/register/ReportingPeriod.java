package org.peacetrack.register;

import java.time.Instant;

/**
 * The reporting cycle a draft belongs to, as the status-update aggregate sees it: the workflow module owns
 * cycles, and the aggregate asks only whether this one still accepts drafts and submissions.
 */
public interface ReportingPeriod {

    Long id();

    int reportingYear();

    /** Throws a {@link WorkflowException} when the period no longer accepts drafts, evidence or submissions. */
    void requireOpenForReporting(Instant now);
}
