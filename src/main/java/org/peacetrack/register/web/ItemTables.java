package org.peacetrack.register.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.peacetrack.exports.Table;
import org.peacetrack.register.ItemRecord;
import org.peacetrack.register.ItemSummary;

/**
 * The columns every download of a list of items has, whatever the format: the item, its current public
 * status with the year and text it was reported with, the earlier recommendations that status refers to,
 * the entities and missions concerned, and the item's permanent address in full (a file has no base URL).
 */
final class ItemTables {

    static final List<String> COLUMNS = List.of("framework", "session", "number", "title", "theme", "status",
            "statusYear", "statusText", "references", "entities", "missions", "permalink");
    private static final String LIST_SEPARATOR = "; ";

    private ItemTables() {
    }

    static Table of(String name, List<ItemRecord> records, String baseUrl) {
        List<List<Object>> rows = new ArrayList<>();
        for (ItemRecord r : records) {
            ItemSummary i = r.item();
            rows.add(Arrays.asList(i.frameworkCode(), i.sessionYear(), i.number(), i.title(), i.theme(),
                    i.currentStatus() == null ? null : i.currentStatus().name(), r.statusYear(), r.statusText(),
                    String.join(LIST_SEPARATOR, r.references()), String.join(LIST_SEPARATOR, r.responsibleEntities()),
                    String.join(LIST_SEPARATOR, r.missions()), baseUrl + Permalinks.of(i)));
        }
        return new Table(name, COLUMNS, rows);
    }
}
