package org.peacetrack.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file's rows read through a mapping: the data values they make (rows with the same key combined), the rows
 * that cannot be read (line and reason), and the quirks of the file as warnings.
 */
final class MappedRows {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Set<String> MISSING = Set.of("", "NA", "N/A", "..", "-");

    final Map<String, PlannedValue> values = new LinkedHashMap<>();
    final List<RowProblem> problems = new ArrayList<>();
    final Warnings warnings = new Warnings();
    final Set<Period> periods = new TreeSet<>();
    final List<MappedRow> firstRows = new ArrayList<>();
    int rows;

    /** One row as the mapping reads it (for the preview). */
    record MappedRow(int line, List<String> cells, String period, String organisation, Map<String, String> dimensions,
            Map<String, Double> values, String problem) {
    }

    static MappedRows apply(Table table, ColumnMapping mapping, Set<String> indicators, int previewRows,
            IntConsumer progress) {
        MappedRows result = new MappedRows();
        for (ColumnMapping.ValueRule rule : mapping.values()) {
            if (!indicators.contains(rule.indicator())) {
                throw new DataFileRefused("The mapping " + mapping.name() + " names an unknown indicator " + rule.indicator() + ".");
            }
            requiredColumn(table, rule.column());
        }
        PeriodReader periods = new PeriodReader(mapping.period(), table);
        Reader reader = new Reader(table, mapping, result.warnings);
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            int line = table.lines()[r];
            result.rows++;
            MappedRow read = result.read(row, line, periods, reader, mapping);
            if (result.firstRows.size() < previewRows) {
                result.firstRows.add(read);
            }
            if (r % 5000 == 0) {
                progress.accept(r);
            }
        }
        progress.accept(table.rows().size());
        result.reportGaps(mapping);
        return result;
    }

    private MappedRow read(List<String> row, int line, PeriodReader periodReader, Reader reader, ColumnMapping mapping) {
        Period period;
        String organisation;
        SortedMap<String, String> dimensions = new TreeMap<>();
        Map<String, Double> read = new LinkedHashMap<>();
        if (periodReader.skipped(row)) {
            warnings.add("rows without a period in " + mapping.period().column() + ": left out", line);
            return new MappedRow(line, row, null, null, dimensions, read, null);
        }
        try {
            period = periodReader.read(row);
            organisation = reader.organisation(row, line);
            mapping.dimensions().forEach((d, rule) -> {
                String value = reader.text(rule, row, line, d);
                if (value.isEmpty()) {
                    warnings.add("no value for dimension " + d + " (column " + rule.column() + "): left out of the combination", line);
                } else {
                    dimensions.put(d, value);
                }
            });
            for (ColumnMapping.ValueRule rule : mapping.values()) {
                Double number = rule.countsRows() ? Double.valueOf(1) : reader.number(rule, row, line);
                if (number != null) {
                    read.put(rule.indicator(), number);
                    SortedMap<String, String> all = new TreeMap<>(dimensions);
                    all.putAll(rule.dimensions());
                    PlannedValue planned = new PlannedValue(rule.indicator(), period, organisation, all, 0, 0, 0, line);
                    values.merge(planned.key(), planned.plus(number), (old, fresh) -> {
                        if (!rule.countsRows()) {
                            warnings.add("rows with the same " + rule.indicator() + " key as an earlier row: combined", line);
                        }
                        return old.plus(number);
                    });
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(line, e.getMessage()));
            return new MappedRow(line, row, null, null, dimensions, read, e.getMessage());
        }
        periods.add(period);
        if (mapping.noteColumn() != null) {
            String note = cell(row, requiredColumn(reader.table, mapping.noteColumn())).strip();
            if (!note.isEmpty()) {
                warnings.add("flagged by the source in " + mapping.noteColumn() + ": " + note, line);
            }
        }
        return new MappedRow(line, row, period.code(), organisation, dimensions, read, null);
    }

    /** Months (or years) between the first and the last that have no row at all. */
    private void reportGaps(ColumnMapping mapping) {
        if (periods.size() < 2 || mapping.period().granularity() == Period.Type.DAY
                || mapping.period().granularity() == Period.Type.QUARTER) {
            return;
        }
        List<String> missing = new ArrayList<>();
        Period first = ((TreeSet<Period>) periods).first();
        Period last = ((TreeSet<Period>) periods).last();
        java.time.LocalDate d = first.type() == Period.Type.YEAR ? java.time.LocalDate.of(first.year(), 1, 1)
                : java.time.LocalDate.parse(first.code() + "-01");
        while (true) {
            Period p = Period.of(d, first.type());
            if (p.compareTo(last) > 0) {
                break;
            }
            if (!periods.contains(p)) {
                missing.add(p.code());
            }
            d = first.type() == Period.Type.YEAR ? d.plusYears(1) : d.plusMonths(1);
        }
        if (!missing.isEmpty()) {
            warnings.addOnce(missing.size() + " periods between " + first.code() + " and " + last.code()
                    + " have no rows: " + String.join(", ", missing));
        }
    }

    static int requiredColumn(Table table, String name) {
        if (name == null) {
            return -1;
        }
        int index = table.column(name);
        if (index < 0) {
            throw new DataFileRefused("The file has no column '" + name + "' that the mapping reads; its columns are: "
                    + String.join(", ", table.header()) + ".");
        }
        return index;
    }

    static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    /** Reads cells by rules, counting every change it makes to a text as a warning. */
    private static final class Reader {

        private final Table table;
        private final ColumnMapping mapping;
        private final Warnings warnings;
        private final Map<String, Pattern> patterns = new java.util.HashMap<>();

        Reader(Table table, ColumnMapping mapping, Warnings warnings) {
            this.table = table;
            this.mapping = mapping;
            this.warnings = warnings;
            mapping.dimensions().values().forEach(r -> requiredColumn(table, r.column()));
            if (mapping.organisation() == null) {
                throw new DataFileRefused("The mapping names no organisation column or constant.");
            }
            requiredColumn(table, mapping.organisation().column());
        }

        String organisation(List<String> row, int line) {
            String value = text(mapping.organisation(), row, line, "organisation");
            if (value.isEmpty()) {
                throw new IllegalArgumentException("no organisation in column " + mapping.organisation().column());
            }
            return value.length() > 60 ? value.substring(0, 60) : value;
        }

        String text(ColumnMapping.ColumnRule rule, List<String> row, int line, String what) {
            if (rule.column() == null) {
                return rule.constant() == null ? "" : rule.constant();
            }
            String raw = cell(row, table.column(rule.column()));
            String value = raw.strip();
            if (!value.equals(raw)) {
                warnings.add("spaces around '" + value + "' in " + rule.column() + " trimmed", line);
            }
            if (rule.pattern() != null && !value.isEmpty()) {
                Matcher m = patterns.computeIfAbsent(rule.pattern(), Pattern::compile).matcher(value);
                if (!m.find()) {
                    warnings.add(rule.column() + " values that do not match " + rule.pattern() + ": left out", line);
                    return "";
                }
                value = m.group(1).strip();
            }
            return value.length() > 200 ? value.substring(0, 200) : value;
        }

        Double number(ColumnMapping.ValueRule rule, List<String> row, int line) {
            String value = cell(row, table.column(rule.column())).strip();
            if (rule.pattern() != null) {
                Matcher m = patterns.computeIfAbsent(rule.pattern(), Pattern::compile).matcher(value);
                value = m.find() ? m.group(1) : "";
            }
            if (MISSING.contains(value)) {
                return missing(rule, line, "no number in " + rule.column());
            }
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException e) {
                if (DECIMAL_COMMA.matcher(value).matches()) {
                    warnings.add("decimal comma read as a point in " + rule.column(), line);
                    return Double.valueOf(value.replace(',', '.'));
                }
                return missing(rule, line, "'" + value + "' in " + rule.column() + " is not a number");
            }
        }

        private Double missing(ColumnMapping.ValueRule rule, int line, String reason) {
            if (rule.optional()) {
                warnings.add(rule.indicator() + ": rows without a number in " + rule.column() + ", no value stored", line);
                return null;
            }
            throw new IllegalArgumentException(reason);
        }
    }
}
