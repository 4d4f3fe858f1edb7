package org.peacetrack.reporting.progress;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peacetrack.reporting.repository.SessionItem;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.Status;

/**
 * A progress report's facts: the recommendations in scope with what changed since the previous session
 * (null when no previous session is recorded), the previous session's recommendations that none continues,
 * and the counts behind the charts.
 */
public record ProgressReport(ProgressScope scope, Integer year, String previousSession, Integer previousYear,
        List<Entry> entries, List<ItemSummary> dropped, List<SessionCounts> overSessions) {

    public record Entry(SessionItem item, Change change) {
    }

    /** A session's recommendations in the same scope counted by current status (null: none published yet). */
    public record SessionCounts(String session, Integer year, Map<Status, Long> byStatus, long withoutStatus) {

        public long count(Status s) {
            return byStatus.getOrDefault(s, 0L);
        }

        public long total() {
            return withoutStatus + byStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public ProgressReport {
        entries = List.copyOf(entries);
        dropped = List.copyOf(dropped);
        overSessions = List.copyOf(overSessions);
    }

    /** This report's recommendations by current status, in the vocabulary's order. */
    public SessionCounts statusCounts() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        entries.forEach(e -> {
            if (e.item().status() != null) {
                counts.merge(e.item().status(), 1L, Long::sum);
            }
        });
        return new SessionCounts(scope.session(), year, counts,
                entries.stream().filter(e -> e.item().status() == null).count());
    }

    public long count(Change change) {
        return change == Change.DROPPED ? dropped.size() : entries.stream().filter(e -> e.change() == change).count();
    }

    public boolean hasPreviousSession() {
        return previousSession != null;
    }
}
