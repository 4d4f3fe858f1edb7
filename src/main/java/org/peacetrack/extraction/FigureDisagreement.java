package org.peacetrack.extraction;

import java.util.List;

/** Figures that state different values for the same measure and year, each with its source. */
public record FigureDisagreement(String measure, Integer year, List<StatedFigure> figures) {

    public FigureDisagreement {
        figures = List.copyOf(figures);
    }
}
