package org.peacetrack.register.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peacetrack.register.PlannedAction;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads an action plan from CSV with the header {@code number,action,theme,responsible}; several
 * responsible entities are separated by semicolons. Errors name the line and what was expected.
 */
final class ActionPlanCsv {

    static final Set<String> COLUMNS = Set.of("number", "action", "theme", "responsible");
    private static final CsvMapper CSV = new CsvMapper();

    private ActionPlanCsv() {
    }

    static List<PlannedAction> read(byte[] content) {
        List<PlannedAction> actions = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(content)) {
            int line = 1;
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                line++;
                if (!row.keySet().containsAll(Set.of("number", "action"))) {
                    throw new IllegalArgumentException("The CSV needs the columns " + COLUMNS + "; it has " + row.keySet());
                }
                actions.add(action(row, line));
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The file is not CSV with the columns " + COLUMNS + ": "
                    + e.getOriginalMessage());
        }
        return actions;
    }

    private static PlannedAction action(Map<String, String> row, int line) {
        try {
            String responsible = row.getOrDefault("responsible", "");
            List<String> entities = responsible == null || responsible.isBlank() ? List.of()
                    : Arrays.stream(responsible.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new PlannedAction(Integer.parseInt(row.get("number").strip()), row.get("action"),
                    blankToNull(row.get("theme")), entities);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Line " + line + ": \"" + row.get("number") + "\" is not an action number");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Line " + line + ": " + e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
