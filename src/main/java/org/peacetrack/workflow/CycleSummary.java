package org.peacetrack.workflow;

import java.time.Instant;
import java.time.LocalDate;

/** A reporting cycle as pages and the API show it. */
public record CycleSummary(long id, String frameworkCode, int reportingYear, LocalDate deadline, String openedBy,
        Instant openedAt, Instant closedAt, String closedBy) {

    public boolean closed() {
        return closedAt != null;
    }
}
