package org.peacetrack.workflow;

import java.util.Map;

/** For one entity or theme: how many assigned items are in each work state, and how many are overdue. */
public record DashboardRow(String group, Map<String, Long> counts, long overdue, long total) {

    public long count(String state) {
        return counts.getOrDefault(state, 0L);
    }
}
