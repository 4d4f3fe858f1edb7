package org.peacetrack.indicators;

import java.util.List;
import java.util.Map;

/**
 * A measure that reports state in prose, beside the dataset's value for the same subject and year: the
 * indicator and slice it is compared with, and the definition the dataset uses.
 */
public record FigureCheck(String measure, String indicator, String indicatorName, String definition,
        Map<String, String> slice, String datasetSource, List<Row> rows) {

    /**
     * One stated figure: where it is stated, and the dataset's value for its year (and, when the prose gives a
     * cut-off date, the dataset's value up to that date).
     */
    public record Row(Integer year, String asOf, double stated, String documentLabel, String href, String phrase,
            Double dataset, Double datasetAtCutOff, boolean agrees) {
    }
}
