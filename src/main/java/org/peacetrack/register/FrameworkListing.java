package org.peacetrack.register;

import java.util.List;

/**
 * A framework as its browse list shows it: the framework with its item count, its themes counted in the
 * order the document presents them, and its items (all, or those of one theme) by number.
 */
public record FrameworkListing(FrameworkSummary framework, List<ThemeCount> themes, List<ItemSummary> items) {
}
