package org.peacetrack.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An item's status in one reporting period. Never overwritten: each change is a new row. */
@Entity
@Table(name = "status_update")
class StatusUpdateEntity {

    static final String IMPORTER = "importer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "item_id")
    long itemId;
    @Column(name = "reporting_year")
    int reportingYear;
    @Enumerated(EnumType.STRING)
    Status status;
    String phrase;
    Double confidence;
    String narrative;
    @Column(name = "source_paragraph_id")
    Long sourceParagraphId;
    @Column(name = "set_by")
    String setBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "workflow_state")
    WorkflowState workflowState;
    @Column(name = "created_at")
    Instant createdAt;
    @Version
    long version;

    protected StatusUpdateEntity() {
    }

    /** A status the Secretariat published in an official document, as the importer classified it. */
    static StatusUpdateEntity fromOfficialDocument(long itemId, int year, EntryStatusRecord entry, Instant now) {
        StatusUpdateEntity u = new StatusUpdateEntity();
        u.itemId = itemId;
        u.reportingYear = year;
        u.status = entry.status();
        u.phrase = entry.phrase();
        u.confidence = entry.confidence();
        u.narrative = entry.text();
        u.sourceParagraphId = entry.paragraphId();
        u.setBy = IMPORTER;
        u.workflowState = WorkflowState.PUBLISHED;
        u.createdAt = now;
        return u;
    }

    StatusView view() {
        return new StatusView(id, reportingYear, status, phrase, confidence, narrative, sourceParagraphId, setBy,
                workflowState, createdAt);
    }
}
