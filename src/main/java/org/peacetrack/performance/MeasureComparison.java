package org.peacetrack.performance;

import java.util.List;
import java.util.Set;

/**
 * Everything the documents state for one measure, oldest year first, and the years in which they
 * disagree.
 */
public record MeasureComparison(String measure, String subject, String unit, List<SourcedFigure> figures,
        Set<Integer> disagreeingYears) {

    public boolean disagrees() {
        return !disagreeingYears.isEmpty();
    }

    public long documentCount() {
        return figures.stream().map(SourcedFigure::documentId).distinct().count();
    }
}
