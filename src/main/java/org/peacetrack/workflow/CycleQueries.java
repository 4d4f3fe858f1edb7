package org.peacetrack.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peacetrack.register.CycleUpdate;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.StatusUpdates;
import org.peacetrack.register.Viewer;
import org.peacetrack.register.WorkflowState;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of reporting cycles: the list, the dashboard and each assigned item's work state. */
@Service
@Transactional(readOnly = true)
public class CycleQueries {

    private static final Set<WorkflowState> DONE = EnumSet.of(WorkflowState.APPROVED, WorkflowState.PUBLISHED);

    private final ReportingCycleRepository cycles;
    private final AssignmentRepository assignments;
    private final StatusUpdates updates;
    private final Clock clock;

    CycleQueries(ReportingCycleRepository cycles, AssignmentRepository assignments, StatusUpdates updates,
            Optional<Clock> clock) {
        this.cycles = cycles;
        this.assignments = assignments;
        this.updates = updates;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Every cycle, newest first, with its progress. */
    public List<CycleProgress> progress() {
        Map<Long, Long> assigned = new HashMap<>();
        assignments.countPerCycle().forEach(row -> assigned.put((Long) row[0], (Long) row[1]));
        Map<Long, Map<WorkflowState, Long>> states = updates.countsPerCycleAndState();
        return cycles.findAllByOrderByOpenedAtDesc().stream().map(c -> {
            Map<WorkflowState, Long> s = states.getOrDefault(c.id, Map.of());
            return new CycleProgress(c.summary(), assigned.getOrDefault(c.id, 0L),
                    s.getOrDefault(WorkflowState.SUBMITTED, 0L), s.getOrDefault(WorkflowState.APPROVED, 0L),
                    s.getOrDefault(WorkflowState.PUBLISHED, 0L));
        }).toList();
    }

    /**
     * What waits for this person, soonest deadline first: a focal point's assigned items not yet submitted in
     * cycles still accepting reports, a reviewer's submitted updates, an editor's approved ones.
     */
    public List<WorkItem> waitingFor(Actor actor) {
        Set<String> states = switch (actor.role()) {
            case FOCAL_POINT -> Set.of("NOT_STARTED", "DRAFT", "RETURNED");
            case REVIEWER -> Set.of("SUBMITTED");
            case EDITOR -> Set.of("APPROVED");
            case ADMIN -> Set.of("SUBMITTED", "APPROVED");
            case MEMBER_STATE -> Set.of();
        };
        if (states.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        String entity = actor.role() == Role.FOCAL_POINT ? actor.entityCode() : null;
        return cycles.findAllByOrderByOpenedAtDesc().stream()
                .filter(c -> entity == null || (c.closedAt == null && !today.isAfter(c.deadline)))
                .sorted(Comparator.comparing((ReportingCycleEntity c) -> c.deadline))
                .flatMap(c -> workItems(c.id, entity, Viewer.of(actor)).stream()).filter(w -> states.contains(w.state())).toList();
    }

    public Optional<CycleSummary> cycle(long id) {
        return cycles.findById(id).map(ReportingCycleEntity::summary);
    }

    /**
     * The cycle's assigned items, optionally only one entity's, in item order. Each carries its work state;
     * its update only where the viewer may read it (Viewer): a delegate follows progress, not texts.
     */
    public List<WorkItem> workItems(long cycleId, String entityCode, Viewer viewer) {
        ReportingCycleEntity cycle = cycles.findById(cycleId).orElseThrow();
        List<AssignmentEntity> assigned = entityCode == null ? assignments.findByCycleId(cycleId)
                : assignments.findByCycleIdAndEntityCode(cycleId, entityCode);
        Map<Long, CycleUpdate> byItem = updates.ofCycle(cycleId, viewer);
        Map<Long, ItemSummary> itemsById = updates.summaries(assigned.stream().map(a -> a.itemId).toList())
                .stream().collect(Collectors.toMap(ItemSummary::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return assigned.stream().map(a -> workItem(cycle, itemsById.get(a.itemId), a.entityCode,
                byItem.get(a.itemId), today)).sorted(Comparator.comparingInt(w -> w.item().number())).toList();
    }

    public Optional<WorkItem> workItem(long cycleId, long itemId, Viewer viewer) {
        return workItems(cycleId, null, viewer).stream().filter(w -> w.item().id() == itemId).findFirst();
    }

    public CycleDashboard dashboard(long cycleId) {
        ReportingCycleEntity cycle = cycles.findById(cycleId).orElseThrow();
        List<WorkItem> all = workItems(cycleId, null, Viewer.PUBLIC);
        return new CycleDashboard(cycle.summary(), CycleDashboard.STATES, rows(all, WorkItem::entityCode),
                rows(all, w -> w.item().theme() == null ? "(no theme)" : w.item().theme()),
                all.stream().filter(WorkItem::overdue).toList(), row("All", all));
    }

    private static List<DashboardRow> rows(List<WorkItem> all, Function<WorkItem, String> groupBy) {
        Map<String, List<WorkItem>> groups = all.stream().collect(Collectors.groupingBy(groupBy, TreeMap::new,
                Collectors.toList()));
        List<DashboardRow> rows = new ArrayList<>();
        groups.forEach((group, members) -> rows.add(row(group, members)));
        return rows;
    }

    private static DashboardRow row(String group, List<WorkItem> members) {
        Map<String, Long> counts = members.stream().collect(Collectors.groupingBy(WorkItem::state, Collectors.counting()));
        return new DashboardRow(group, counts, members.stream().filter(WorkItem::overdue).count(), members.size());
    }

    private static WorkItem workItem(ReportingCycleEntity cycle, ItemSummary item, String entity, CycleUpdate update,
            LocalDate today) {
        String state = update == null ? "NOT_STARTED" : update.state().name();
        boolean overdue = today.isAfter(cycle.deadline) && (update == null || !DONE.contains(update.state()));
        return new WorkItem(cycle.summary(), item, entity, state, update == null ? null : update.view(), overdue);
    }
}
