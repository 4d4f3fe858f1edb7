package org.peacetrack.indicators;

import java.util.List;
import java.util.Map;

/**
 * How the columns of one dataset become data values, saved once under a name and reused for every file of
 * that dataset. Stored as JSON; the reference mappings of the real datasets ship in
 * {@code reference/indicators/mappings}.
 *
 * @param period where the period comes from: a date column read with a pattern, or year and month columns
 * @param organisation the column naming the mission (or a constant such as WORLD or HQ)
 * @param dimensions dimension code to the column (and optionally the part of it) that gives its value
 * @param values one data value per rule and row: a column's number, or 1 per row when {@code column} is null
 * @param noteColumn a column whose non-empty texts the source uses to flag rows: reported as warnings
 */
public record ColumnMapping(String name, String dataset, String source, PeriodRule period, ColumnRule organisation,
        Map<String, ColumnRule> dimensions, List<ValueRule> values, String noteColumn) {

    public ColumnMapping {
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
        values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * A date column read with {@code format} (e.g. yyyy-MM-dd, M/yyyy, yyyy), or year and month columns;
     * {@code skipEmpty}: a row without a period is left out with a warning instead of refusing the file.
     */
    public record PeriodRule(String column, String format, String yearColumn, String monthColumn,
            Period.Type granularity, boolean skipEmpty) {
    }

    /**
     * A column's text, or the first group of {@code pattern} found in it, or a constant when no column is
     * named. The text is trimmed (a warning says how often that changed it).
     */
    public record ColumnRule(String column, String pattern, String constant) {
    }

    /** One value per row: a column's number ({@code optional}: a blank or non-number is skipped with a warning). */
    public record ValueRule(String indicator, String column, String pattern, Map<String, String> dimensions,
            boolean optional) {

        public ValueRule {
            dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
        }

        public boolean countsRows() {
            return column == null;
        }
    }
}
