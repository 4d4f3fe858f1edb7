package org.peacetrack.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored {@link TextRepair}: keyed to its document, and to the paragraph it lies in where there is one. */
@Entity
@Table(name = "text_repair")
class TextRepairEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "document_id")
    long documentId;
    @Column(name = "paragraph_id")
    Long paragraphId;
    int seq;
    @Column(name = "original_text")
    String original;
    @Column(name = "repaired_text")
    String repaired;
    String proof;

    protected TextRepairEntity() {
    }

    TextRepairEntity(long documentId, Long paragraphId, int seq, TextRepair repair) {
        this.documentId = documentId;
        this.paragraphId = paragraphId;
        this.seq = seq;
        this.original = repair.original();
        this.repaired = repair.repaired();
        this.proof = repair.proof();
    }

    RepairView view() {
        return new RepairView(paragraphId, original, repaired, proof);
    }
}
