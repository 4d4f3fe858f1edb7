package org.peacetrack.indicators;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads a row's period by the mapping's rule: a date (or month, or year) column, or year and month columns. */
final class PeriodReader {

    private final ColumnMapping.PeriodRule rule;
    private final DateTimeFormatter format;
    private final int column;
    private final int yearColumn;
    private final int monthColumn;

    PeriodReader(ColumnMapping.PeriodRule rule, Table table) {
        this.rule = rule;
        if (rule == null || rule.granularity() == null) {
            throw new DataFileRefused("The mapping says neither where the period comes from nor its granularity.");
        }
        this.format = rule.format() == null ? null : DateTimeFormatter.ofPattern(rule.format());
        this.column = MappedRows.requiredColumn(table, rule.column());
        this.yearColumn = MappedRows.requiredColumn(table, rule.yearColumn());
        this.monthColumn = MappedRows.requiredColumn(table, rule.monthColumn());
        if (column < 0 && yearColumn < 0) {
            throw new DataFileRefused("The mapping names no period column.");
        }
    }

    /** Whether the row has no period at all and the rule says to leave such rows out. */
    boolean skipped(List<String> row) {
        return rule.skipEmpty() && column >= 0 && MappedRows.cell(row, column).isBlank();
    }

    /** The period, or an exception whose message is the reason the row is refused. */
    Period read(List<String> row) {
        LocalDate date = column >= 0 ? date(MappedRows.cell(row, column)) : fromParts(row);
        return Period.of(date, rule.granularity());
    }

    private LocalDate fromParts(List<String> row) {
        String year = MappedRows.cell(row, yearColumn).strip();
        String month = monthColumn < 0 ? "1" : MappedRows.cell(row, monthColumn).strip();
        try {
            return LocalDate.of((int) Double.parseDouble(year), (int) Double.parseDouble(month), 1);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("no year and month in '" + year + "' and '" + month + "'");
        }
    }

    private LocalDate date(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the period column " + rule.column() + " is empty");
        }
        try {
            return LocalDate.parse(value, format == null ? DateTimeFormatter.ISO_LOCAL_DATE : format);
        } catch (DateTimeParseException notADate) {
            try {
                return YearMonth.parse(value, format).atDay(1);
            } catch (RuntimeException notAMonth) {
                try {
                    return Year.parse(value, format).atDay(1);
                } catch (RuntimeException notAYear) {
                    throw new IllegalArgumentException("'" + value + "' in " + rule.column() + " is not a date of the form "
                            + (rule.format() == null ? "yyyy-MM-dd" : rule.format()));
                }
            }
        }
    }
}
