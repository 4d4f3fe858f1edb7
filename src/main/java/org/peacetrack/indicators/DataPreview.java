package org.peacetrack.indicators;

import java.util.List;
import java.util.Map;

/** The first rows of a file as the mapping reads them, with the problems and warnings of the whole file. */
public record DataPreview(String mapping, String fileName, List<String> header, List<Row> rows, int rowCount,
        int valueCount, List<RowProblem> problems, int problemCount, List<String> warnings) {

    /** One row: its cells, and the period, organisation, dimensions and values read from it (or the problem). */
    public record Row(int line, List<String> cells, String period, String organisation, Map<String, String> dimensions,
            Map<String, Double> values, String problem) {
    }
}
