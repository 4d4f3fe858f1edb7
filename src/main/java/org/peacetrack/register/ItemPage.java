package org.peacetrack.register;

import java.util.List;

/** One page of a list of items, with the total across all pages. */
public record ItemPage(List<ItemSummary> items, int page, int size, long total) {
}
