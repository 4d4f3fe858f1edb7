package org.peacetrack.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.peacetrack.register.Transition;
import org.peacetrack.register.UpdateSnapshot;

@Entity
@Table(name = "change_log")
class ChangeLogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "occurred_at")
    Instant occurredAt;
    String actor;
    @Convert(converter = StoredNames.OfTransition.class)
    Transition action;
    @Column(name = "subject_type")
    @Convert(converter = StoredNames.OfSubject.class)
    Subject subjectType;
    @Column(name = "subject_id")
    long subjectId;
    @Column(name = "item_id")
    Long itemId;
    @Column(name = "before_state")
    @Convert(converter = StoredSnapshot.class)
    UpdateSnapshot before;
    @Column(name = "after_state")
    @Convert(converter = StoredSnapshot.class)
    UpdateSnapshot after;

    protected ChangeLogEntity() {
    }

    ChangeLogEntity(Change change) {
        this.occurredAt = change.at();
        this.actor = change.actor();
        this.action = change.action();
        this.subjectType = change.subjectType();
        this.subjectId = change.subjectId();
        this.itemId = change.itemId();
        this.before = change.before();
        this.after = change.after();
    }

    Change change() {
        return new Change(occurredAt, actor, action, subjectType, subjectId, itemId, before, after);
    }
}
