package org.peacetrack.register;

import java.util.Map;

/**
 * How many items of one group (a session, a theme) are in each current published status, and how many
 * have none yet. {@code counts} holds only the statuses that occur.
 */
public record StatusBreakdown(String group, Map<Status, Long> counts, long withoutStatus) {

    public StatusBreakdown {
        counts = Map.copyOf(counts);
    }

    public long count(Status status) {
        return counts.getOrDefault(status, 0L);
    }

    public long total() {
        return withoutStatus + counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
