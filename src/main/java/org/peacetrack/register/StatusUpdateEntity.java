package org.peacetrack.register;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An item's status in one reporting period. Never overwritten by another period: each is its own row.
 * Within a reporting cycle it moves through the workflow by the guarded transitions below, each of which
 * registers an event that the audit trail records.
 */
@Entity
@Indexed(index = "status_update")
@Table(name = "status_update")
class StatusUpdateEntity extends AbstractAggregateRoot<StatusUpdateEntity> {

    static final String IMPORTER = "importer";
    /** The review_message column's length (the workflow refuses longer messages before they get here). */
    public static final int MAX_REVIEW_MESSAGE = 4000;
    private static final Set<WorkflowState> EDITABLE = EnumSet.of(WorkflowState.DRAFT, WorkflowState.RETURNED);

    @Id
    @PropertyBinding(binder = @PropertyBinderRef(name = "org.peacetrack.search.SampleBinder"))
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @GenericField(projectable = Projectable.YES)
    @Column(name = "item_id")
    public long itemId;
    /**
     * The same item, read only: the index gives a status its item's theme and number (getTheme, getNumber), so
     * that the theme facet narrows statuses too and a list orders them with their items. Eager, because code
     * here reads entities' fields directly, which a lazy proxy would leave null; an item's statuses are read
     * with the item already loaded, and lists of statuses load their items a hundred at a time.
     */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "item_id", insertable = false, updatable = false)
    TrackedItemEntity item;
    @GenericField(name = "year", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Column(name = "reporting_year")
    int reportingYear;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    public Status status;
    @FullTextField(analyzer = "english")
    String phrase;
    Double confidence;
    @FullTextField(name = "text", analyzer = "english", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @PropertyBinding(binder = @PropertyBinderRef(name = "org.peacetrack.search.MentionsBinder"))
    String narrative;
    @Column(name = "source_paragraph_id")
    Long sourceParagraphId;
    @Column(name = "set_by")
    String setBy;
    @Enumerated(EnumType.STRING)
    @KeywordField
    @Column(name = "workflow_state")
    public WorkflowState workflowState;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "cycle_id")
    public Long cycleId;
    @Column(name = "entity_code")
    public String entityCode;
    @Column(name = "review_message")
    String reviewMessage;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;
    @ElementCollection
    @CollectionTable(name = "evidence", joinColumns = @JoinColumn(name = "status_update_id"))
    List<Evidence> evidence = new ArrayList<>();

    protected StatusUpdateEntity() {
    }

    /** A status the Secretariat published in an official document, as the importer classified it. */
    static StatusUpdateEntity fromOfficialDocument(TrackedItemEntity item, int year, EntryStatusRecord entry,
            Instant now) {
        StatusUpdateEntity u = new StatusUpdateEntity();
        u.itemId = item.id;
        u.item = item;
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

    /** A focal point's draft for an assigned item in a reporting cycle. */
    public static StatusUpdateEntity draft(ReportingPeriod cycle, long itemId, String entityCode, Status status,
            String narrative, String author, Instant now) {
        cycle.requireOpenForReporting(now);
        StatusUpdateEntity u = new StatusUpdateEntity();
        u.itemId = itemId;
        u.reportingYear = cycle.reportingYear();
        u.cycleId = cycle.id();
        u.entityCode = entityCode;
        u.status = status;
        u.narrative = narrative;
        u.setBy = author;
        u.workflowState = WorkflowState.DRAFT;
        u.createdAt = now;
        u.touch(author, now);
        return u;
    }

    /** Called once the draft has its id, so that the event can name it. */
    public void announceDraft(String author, Instant now) {
        registerEvent(new StatusUpdateDrafted(change(null, author, now)));
    }

    public void revise(ReportingPeriod cycle, Status newStatus, String newNarrative, String actor, Instant now) {
        cycle.requireOpenForReporting(now);
        require(EDITABLE.contains(workflowState), "revise", "a draft or a returned update");
        UpdateSnapshot before = snapshot();
        status = newStatus;
        narrative = newNarrative;
        touch(actor, now);
        registerEvent(new StatusUpdateRevised(change(before, actor, now)));
    }

    /** Saving this status and text again would change nothing: a repeated first draft, not a second one. */
    public boolean sameDraft(Status newStatus, String newNarrative) {
        return EDITABLE.contains(workflowState) && status == newStatus
                && java.util.Objects.equals(narrative, newNarrative);
    }

    /** The item moved to another entity: an update not yet published moves with it, to be reported by them. */
    public void reassign(String newEntity) {
        if (workflowState != WorkflowState.PUBLISHED) {
            entityCode = newEntity;
        }
    }

    public void attach(ReportingPeriod cycle, Evidence link, String actor, Instant now) {
        cycle.requireOpenForReporting(now);
        require(EDITABLE.contains(workflowState), "attach evidence to", "a draft or a returned update");
        UpdateSnapshot before = snapshot();
        evidence.add(link);
        touch(actor, now);
        registerEvent(new StatusUpdateRevised(change(before, actor, now)));
    }

    public void submit(ReportingPeriod cycle, String actor, Instant now) {
        cycle.requireOpenForReporting(now);
        transition(EDITABLE, WorkflowState.SUBMITTED, "submit", "a draft or a returned update", actor, now,
                StatusUpdateSubmitted::new);
    }

    public void returnWithMessage(String message, String actor, Instant now) {
        if (message == null || message.isBlank()) {
            throw new WorkflowException("workflow.refused.returnNeedsMessage",
                    "Returning an update needs a message saying what to change");
        }
        String stripped = message.strip();
        transition(EnumSet.of(WorkflowState.SUBMITTED), WorkflowState.RETURNED, "return", "a submitted update",
                actor, now, StatusUpdateReturned::new, () -> reviewMessage = stripped);
    }

    public void approve(String actor, Instant now) {
        transition(EnumSet.of(WorkflowState.SUBMITTED), WorkflowState.APPROVED, "approve", "a submitted update",
                actor, now, StatusUpdateApproved::new);
    }

    public void publish(String actor, Instant now) {
        transition(EnumSet.of(WorkflowState.APPROVED), WorkflowState.PUBLISHED, "publish", "an approved update",
                actor, now, StatusUpdatePublished::new);
    }

    private void transition(Set<WorkflowState> from, WorkflowState to, String verb, String allowed, String actor,
            Instant now, Function<StatusUpdateChange, StatusUpdateEvent> event) {
        transition(from, to, verb, allowed, actor, now, event, () -> { });
    }

    /** The change's "before" is read before {@code alongside} changes anything (a return's new message). */
    private void transition(Set<WorkflowState> from, WorkflowState to, String verb, String allowed, String actor,
            Instant now, Function<StatusUpdateChange, StatusUpdateEvent> event, Runnable alongside) {
        require(from.contains(workflowState), verb, allowed);
        UpdateSnapshot before = snapshot();
        alongside.run();
        workflowState = to;
        touch(actor, now);
        registerEvent(event.apply(change(before, actor, now)));
    }

    private void require(boolean allowed, String verb, String what) {
        if (!allowed) {
            throw new WorkflowException("workflow.refused.transition." + verb.replace(' ', '.'), "Cannot " + verb
                    + " an update that is " + workflowState + ": only " + what + " can be.",
                    new DefaultMessageSourceResolvable("label.WorkflowState." + workflowState));
        }
    }

    private void touch(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    private StatusUpdateChange change(UpdateSnapshot before, String actor, Instant now) {
        return new StatusUpdateChange(id, itemId, actor, now, before, snapshot());
    }

    /** The update as it stands, reviewer's message and whole narrative included, for the change log. */
    UpdateSnapshot snapshot() {
        return new UpdateSnapshot(workflowState, status, reviewMessage, evidence.size(), narrative);
    }

    /** The item's theme, for the index; null while a new draft has only its item's id (it is not public yet). */
    @Transient
    @KeywordField(name = "theme", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "item"),
        @PropertyValue(propertyName = "theme")}))
    public String getTheme() {
        return item == null ? null : item.theme;
    }

    /** The item's number, for the index: a list without words orders statuses with their items. */
    @Transient
    @GenericField(name = "number", projectable = Projectable.YES, sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "item"),
        @PropertyValue(propertyName = "number")}))
    public Integer getNumber() {
        return item == null ? null : item.number;
    }

    /** The update as the viewer may read it: the reviewer's message only for those who read its workflow. */
    public StatusView viewFor(Viewer viewer) {
        if (!viewer.mayRead(workflowState, entityCode)) {
            throw new IllegalStateException("Status update " + id + " is not readable by " + viewer);
        }
        StatusView full = view();
        return viewer.readsWorkflowOf(entityCode) ? full : full.withoutReviewMessage();
    }

    public StatusView view() {
        return new StatusView(id, reportingYear, status, phrase, confidence, narrative, sourceParagraphId, setBy,
                workflowState, createdAt, cycleId, entityCode, reviewMessage, updatedAt, updatedBy, version,
                List.copyOf(evidence));
    }
}
