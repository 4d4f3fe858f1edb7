package org.peacetrack.performance;

import org.peacetrack.extraction.figures.StatedFigure;

/** A figure found in a document, with the id of the paragraph it was read from (null if unnumbered). */
public record FigureToStore(StatedFigure figure, Long paragraphId) {
}
