package org.peacetrack.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A round of reporting on one framework's items for one year, with a deadline. */
@Entity
@Table(name = "reporting_cycle")
class ReportingCycleEntity {

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

    protected ReportingCycleEntity() {
    }

    ReportingCycleEntity(String frameworkCode, int reportingYear, LocalDate deadline, String openedBy, Instant now) {
        this.frameworkCode = frameworkCode;
        this.reportingYear = reportingYear;
        this.deadline = deadline;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    CycleSummary summary() {
        return new CycleSummary(id, frameworkCode, reportingYear, deadline, openedBy, openedAt);
    }
}
