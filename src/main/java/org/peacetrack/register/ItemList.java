package org.peacetrack.register;

import java.util.List;

/**
 * A framework's browse list: the framework with its item count, its themes counted in the document's order,
 * its current statuses counted (within the chosen theme), and the items that pass both filters, by number.
 */
public record ItemList(FrameworkSummary framework, List<ThemeCount> themes, List<StatusCount> statuses,
        List<ListedItem> items) {

    public ItemList {
        themes = List.copyOf(themes);
        statuses = List.copyOf(statuses);
        items = List.copyOf(items);
    }
}
