package org.peacetrack.extraction.figures;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** Figures that state different values for the same measure and year, each with its source. */
@NamedInterface("figures")
public record FigureDisagreement(String measure, Integer year, List<StatedFigure> figures) {

    public FigureDisagreement {
        figures = List.copyOf(figures);
    }
}
