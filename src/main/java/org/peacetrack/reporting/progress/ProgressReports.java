package org.peacetrack.reporting.progress;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peacetrack.reporting.repository.ReadProgress;
import org.peacetrack.reporting.repository.SessionItem;
import org.peacetrack.reporting.repository.SessionItems;
import org.peacetrack.register.FrameworkRef;
import org.peacetrack.register.ItemRecord;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.Status;
import org.springframework.stereotype.Service;

/**
 * Progress reports per session, theme and entity, from published statuses and the lineage links: a
 * recommendation is new, carried over or reworded by how its chain reaches the previous session, and a
 * previous recommendation is dropped when no chain carries it into this session.
 */
@Service
public class ProgressReports {

    /** Below this text similarity a continued recommendation counts as reworded rather than carried over. */
    static final double SAME_TEXT = 0.98;

    private final SessionItems items;

    ProgressReports(SessionItems items) {
        this.items = items;
    }

    public ProgressReport report(ProgressScope scope, ReadProgress progress) {
        List<FrameworkRef> sessions = items.sessions();
        FrameworkRef session = sessions.stream().filter(s -> s.code().equals(scope.session())).findFirst()
                .orElseThrow(() -> new ReportRefusal(ReportRefusal.Reason.NOT_FOUND, "progress.error.unknownSession",
                        scope.session()));
        List<SessionItem> read = items.of(session.code(), scope.filter(), progress).orElseThrow();
        if (read.isEmpty() && scope.kind() != ProgressScope.Kind.SESSION) {
            throw new ReportRefusal(ReportRefusal.Reason.NOT_FOUND, scope.kind() == ProgressScope.Kind.THEME
                    ? "progress.error.unknownTheme" : "progress.error.unknownEntity", scope.value(), scope.session());
        }
        Optional<FrameworkRef> previous = sessions.stream().filter(s -> s.sessionYear() < session.sessionYear())
                .reduce((a, b) -> b);
        List<ProgressReport.Entry> entries = read.stream()
                .map(i -> new ProgressReport.Entry(i, previous.map(p -> change(i, p)).orElse(null))).toList();
        List<ItemSummary> dropped = previous.map(p -> dropped(p, scope, session)).orElse(List.of());
        List<ProgressReport.SessionCounts> over = sessions.stream()
                .filter(s -> s.sessionYear() <= session.sessionYear())
                .map(s -> counts(s, scope)).filter(c -> c.total() > 0 || c.session().equals(session.code())).toList();
        return new ProgressReport(scope, session.sessionYear(), previous.map(FrameworkRef::code).orElse(null),
                previous.map(FrameworkRef::sessionYear).orElse(null), entries, dropped, over);
    }

    /** The Special Committee's sessions, newest first, for a choice of one. */
    public List<FrameworkRef> sessions() {
        List<FrameworkRef> newestFirst = new java.util.ArrayList<>(items.sessions());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** A session's themes (in the order of their first recommendation) and the entities its statuses name. */
    public Optional<SessionChoices> choices(String session) {
        return items.sessions().stream().filter(s -> s.code().equals(session)).findFirst()
                .flatMap(s -> items.records(s.code()).map(records -> new SessionChoices(s.code(), s.sessionYear(),
                        records.stream().map(r -> r.item().theme()).filter(java.util.Objects::nonNull).distinct().toList(),
                        records.stream().flatMap(r -> r.responsibleEntities().stream()).distinct().sorted().toList())));
    }

    private static Change change(SessionItem item, FrameworkRef previous) {
        boolean continues = item.earlier().stream().anyMatch(e -> previous.sessionYear().equals(e.sessionYear()));
        if (!continues) {
            return Change.NEW;
        }
        SessionItem.ChainLink link = item.linkToPrevious();
        boolean sameWords = link == null || link.explicitReference() || link.score() == null || link.score() >= SAME_TEXT;
        return sameWords ? Change.CARRIED_OVER : Change.REWORDED;
    }

    /** The previous session's recommendations in the same scope that no chain carries into this session. */
    private List<ItemSummary> dropped(FrameworkRef previous, ProgressScope scope, FrameworkRef session) {
        return items.of(previous.code(), scope.filter(), ReadProgress.NONE).orElse(List.of()).stream()
                .filter(i -> i.later().stream().noneMatch(l -> session.sessionYear().equals(l.sessionYear())))
                .map(SessionItem::item).toList();
    }

    private ProgressReport.SessionCounts counts(FrameworkRef session, ProgressScope scope) {
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        long without = 0;
        for (ItemRecord r : items.records(session.code()).orElse(List.of()).stream().filter(scope.filter()).toList()) {
            if (r.item().currentStatus() == null) {
                without++;
            } else {
                byStatus.merge(r.item().currentStatus(), 1L, Long::sum);
            }
        }
        return new ProgressReport.SessionCounts(session.code(), session.sessionYear(), byStatus, without);
    }
}
