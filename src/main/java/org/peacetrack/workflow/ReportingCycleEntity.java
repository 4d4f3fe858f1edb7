package org.peacetrack.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.peacetrack.register.ReportingPeriod;
import org.peacetrack.register.WorkflowException;

/** A round of reporting on one framework's items for one year, with a deadline. */
@Entity
@Table(name = "reporting_cycle")
class ReportingCycleEntity implements ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "framework_code")
    String frameworkCode;
    @Column(name = "reporting_year")
    int reportingYear;
    LocalDate deadline;
    @Column(name = "opened_by")
    String openedBy;
    @Column(name = "opened_at")
    Instant openedAt;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "closed_by")
    String closedBy;

    protected ReportingCycleEntity() {
    }

    ReportingCycleEntity(String frameworkCode, int reportingYear, LocalDate deadline, String openedBy, Instant now) {
        if (deadline.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new WorkflowException("workflow.refused.pastDeadline", "The deadline " + deadline
                    + " is in the past: a cycle is opened with a deadline still to come", deadline);
        }
        this.frameworkCode = frameworkCode;
        this.reportingYear = reportingYear;
        this.deadline = deadline;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public int reportingYear() {
        return reportingYear;
    }

    /** Drafts, evidence and submissions are accepted until the end of the deadline day (UTC), and not once closed. */
    @Override
    public void requireOpenForReporting(Instant now) {
        if (closedAt != null) {
            throw new WorkflowException("workflow.refused.closed", "The reporting cycle on " + frameworkCode + ", "
                    + reportingYear + " is closed: it accepts no more drafts or submissions", frameworkCode, reportingYear);
        }
        if (LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(deadline)) {
            throw new WorkflowException("workflow.refused.afterDeadline", "The deadline of this cycle (" + deadline
                    + ") has passed: it accepts no more drafts or submissions; ask an editor", deadline);
        }
    }

    void close(String actor, Instant now) {
        if (closedAt != null) {
            throw new WorkflowException("workflow.refused.alreadyClosed", "The cycle is closed already");
        }
        closedAt = now;
        closedBy = actor;
    }

    CycleSummary summary() {
        return new CycleSummary(id, frameworkCode, reportingYear, deadline, openedBy, openedAt, closedAt, closedBy);
    }
}
