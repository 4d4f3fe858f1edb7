package org.peacetrack.indicators.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peacetrack.indicators.ColumnMapping;
import org.peacetrack.indicators.DataFileRefused;
import org.peacetrack.indicators.Period;

/**
 * The mapping form: which column gives the period, the organisation, each dimension ("sex = gender", one per
 * line) and each indicator's value ("FATALITIES = rows" counts rows; a trailing "?" makes a value optional).
 */
public record MappingForm(String name, String dataset, String source, String periodColumn, String periodFormat,
        String granularity, String yearColumn, String monthColumn, String organisationColumn,
        String organisationConstant, String dimensions, String values, String noteColumn) {

    ColumnMapping mapping() {
        Period.Type type;
        try {
            type = Period.Type.valueOf(blankToNull(granularity) == null ? "" : granularity.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new DataFileRefused("Choose the periods' granularity: YEAR, QUARTER, MONTH or DAY.");
        }
        Map<String, ColumnMapping.ColumnRule> dims = new LinkedHashMap<>();
        lines(dimensions).forEach((d, column) -> dims.put(d, new ColumnMapping.ColumnRule(column, null, null)));
        List<ColumnMapping.ValueRule> rules = new ArrayList<>();
        lines(this.values).forEach((indicator, column) -> {
            boolean optional = column.endsWith("?");
            String col = optional ? column.substring(0, column.length() - 1).strip() : column;
            rules.add(new ColumnMapping.ValueRule(indicator, "rows".equals(col) ? null : col, null, Map.of(), optional));
        });
        return new ColumnMapping(blankToNull(name), blankToNull(dataset) == null ? "" : dataset.strip(),
                blankToNull(source) == null ? "" : source.strip(),
                new ColumnMapping.PeriodRule(blankToNull(periodColumn), blankToNull(periodFormat), blankToNull(yearColumn),
                        blankToNull(monthColumn), type, false),
                new ColumnMapping.ColumnRule(blankToNull(organisationColumn), null, blankToNull(organisationConstant)),
                dims, rules, blankToNull(noteColumn));
    }

    private static Map<String, String> lines(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        if (text == null) {
            return found;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] kv = line.split("=", 2);
            if (kv.length < 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new DataFileRefused("Write each line as 'name = column': " + line.strip());
            }
            found.put(kv[0].strip(), kv[1].strip());
        }
        return found;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
