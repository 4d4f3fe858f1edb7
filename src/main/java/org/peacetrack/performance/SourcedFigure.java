package org.peacetrack.performance;

import org.peacetrack.extraction.figures.StatedFigure;

/** A stored figure with where it was stated: the document, its label and the paragraph. */
public record SourcedFigure(StatedFigure figure, long documentId, String documentLabel, Long paragraphId) {

    /** Where to read it: the document page, at the paragraph when it has a number. */
    public String href() {
        String base = "/documents/" + documentId;
        return figure.paragraph() == null ? base : base + "#p" + figure.paragraph();
    }
}
