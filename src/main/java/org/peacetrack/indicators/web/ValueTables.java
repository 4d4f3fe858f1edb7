package org.peacetrack.indicators.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.peacetrack.exports.Table;
import org.peacetrack.indicators.DataValueRow;
import org.peacetrack.indicators.Indicator;

/** Data values as a download: one column per dimension, then the value and where it came from. */
final class ValueTables {

    private ValueTables() {
    }

    static List<String> dimensions(List<DataValueRow> values) {
        TreeSet<String> dims = new TreeSet<>();
        values.forEach(v -> dims.addAll(v.dimensions().keySet()));
        return List.copyOf(dims);
    }

    static Table table(Indicator indicator, List<DataValueRow> values) {
        List<String> dims = dimensions(values);
        List<String> columns = new ArrayList<>(List.of("indicator", "period", "organisation"));
        columns.addAll(dims);
        columns.addAll(List.of("value", "unit", "source_file", "source_row", "changed_by", "changed_at"));
        List<List<Object>> rows = new ArrayList<>();
        for (DataValueRow v : values) {
            List<Object> row = new ArrayList<>(List.of(v.indicator(), v.period(), v.organisation()));
            dims.forEach(d -> row.add(v.dimensions().getOrDefault(d, "")));
            row.add(v.value() == Math.rint(v.value()) && Math.abs(v.value()) < 1e15 ? (Object) (long) v.value() : v.value());
            row.add(indicator.unit());
            row.add(v.fileName() == null ? "" : v.fileName());
            row.add(v.sourceRow() == null ? "" : v.sourceRow());
            row.add(v.changedBy());
            row.add(v.changedAt().toString());
            rows.add(row);
        }
        return new Table("peacetrack-" + indicator.code().toLowerCase(), columns, rows);
    }

    /**
     * SDMX-CSV (version 1): the dataflow, one column per dimension (the organisation and the period's
     * TIME_PERIOD among them), OBS_VALUE, and the unit as an attribute. UTF-8 without a byte-order mark.
     */
    static String sdmx(Indicator indicator, List<DataValueRow> values) {
        List<String> dims = dimensions(values);
        StringBuilder out = new StringBuilder("DATAFLOW,INDICATOR,ORGANISATION");
        dims.forEach(d -> out.append(',').append(d.toUpperCase()));
        out.append(",TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\r\n");
        String flow = "PEACETRACK:" + indicator.code() + "(1.0)";
        for (DataValueRow v : values) {
            out.append(cell(flow)).append(',').append(cell(indicator.code())).append(',').append(cell(v.organisation()));
            dims.forEach(d -> out.append(',').append(cell(v.dimensions().getOrDefault(d, ""))));
            out.append(',').append(cell(v.period())).append(',').append(number(v.value())).append(',')
                    .append(cell(indicator.unit())).append("\r\n");
        }
        return out.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
