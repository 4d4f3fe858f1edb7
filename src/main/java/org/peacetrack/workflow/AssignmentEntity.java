package org.peacetrack.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which entity reports on an item in a cycle. */
@Entity
@Table(name = "assignment")
class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "cycle_id")
    long cycleId;
    @Column(name = "item_id")
    long itemId;
    @Column(name = "entity_code")
    String entityCode;

    protected AssignmentEntity() {
    }

    AssignmentEntity(long cycleId, long itemId, String entityCode) {
        this.cycleId = cycleId;
        this.itemId = itemId;
        this.entityCode = entityCode;
    }
}
