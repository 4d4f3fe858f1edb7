package org.peacetrack.tracking.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.peacetrack.exports.Table;
import org.peacetrack.tracking.ItemSummary;

/** The columns every download of a list of items has, whatever the format. */
final class ItemTables {

    static final List<String> COLUMNS = List.of("framework", "session", "number", "title", "theme", "status",
            "permalink");

    private ItemTables() {
    }

    static Table of(String name, List<ItemSummary> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (ItemSummary i : items) {
            rows.add(Arrays.asList(i.frameworkCode(), i.sessionYear(), i.number(), i.title(), i.theme(),
                    i.currentStatus() == null ? null : i.currentStatus().name(), Permalinks.of(i)));
        }
        return new Table(name, COLUMNS, rows);
    }
}
