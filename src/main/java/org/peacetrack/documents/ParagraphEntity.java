package org.peacetrack.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "paragraph")
class ParagraphEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "document_id")
    long documentId;
    int seq;
    @Column(name = "para_number")
    String number;
    @Column(name = "section_number")
    String sectionNumber;
    @Column(name = "section_title")
    String sectionTitle;
    String footnotes;
    String body;

    protected ParagraphEntity() {
    }

    ParagraphEntity(long documentId, NewParagraph p) {
        this.documentId = documentId;
        this.seq = p.seq();
        this.number = p.number();
        this.sectionNumber = p.sectionNumber();
        this.sectionTitle = p.sectionTitle();
        this.footnotes = String.join(",", p.footnotes());
        this.body = p.text();
    }

    ParagraphView view() {
        List<String> marks = footnotes == null || footnotes.isEmpty() ? List.of() : Arrays.asList(footnotes.split(","));
        return new ParagraphView(id, documentId, seq, number, sectionNumber, sectionTitle, marks, body);
    }
}
