package org.peacetrack.register;

import java.util.List;

/** One page of frameworks, with the total across all pages. */
public record FrameworkPage(List<FrameworkSummary> frameworks, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
