package org.peacetrack.performance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.peacetrack.extraction.figures.StatedFigure;

@Entity
@Table(name = "stated_figure")
class StatedFigureEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "document_id")
    long documentId;
    @Column(name = "paragraph_id")
    Long paragraphId;
    String measure;
    String subject;
    @Column(name = "figure_value")
    double value;
    String unit;
    @Column(name = "reference_year")
    Integer year;
    @Column(name = "as_of")
    LocalDate asOf;
    String phrase;

    protected StatedFigureEntity() {
    }

    StatedFigureEntity(long documentId, Long paragraphId, StatedFigure f) {
        this.documentId = documentId;
        this.paragraphId = paragraphId;
        this.measure = f.measure();
        this.subject = f.subject();
        this.value = f.value();
        this.unit = f.unit();
        this.year = f.year();
        this.asOf = f.asOf();
        this.phrase = f.phrase();
    }

    StatedFigure figure(String paragraph) {
        return new StatedFigure(measure, subject, value, unit, year, asOf, paragraph, phrase);
    }
}
