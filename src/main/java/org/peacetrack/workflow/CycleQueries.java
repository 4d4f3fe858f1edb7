package org.peacetrack.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peacetrack.register.FrameworkEntity;
import org.peacetrack.register.FrameworkRepository;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.StatusUpdateEntity;
import org.peacetrack.register.StatusUpdateRepository;
import org.peacetrack.register.TrackedItemEntity;
import org.peacetrack.register.TrackedItemRepository;
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
    private final StatusUpdateRepository updates;
    private final TrackedItemRepository items;
    private final FrameworkRepository frameworks;
    private final Clock clock;

    CycleQueries(ReportingCycleRepository cycles, AssignmentRepository assignments, StatusUpdateRepository updates,
            TrackedItemRepository items, FrameworkRepository frameworks, Optional<Clock> clock) {
        this.cycles = cycles;
        this.assignments = assignments;
        this.updates = updates;
        this.items = items;
        this.frameworks = frameworks;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Every cycle, newest first, with its progress. */
    public List<CycleProgress> progress() {
        Map<Long, Long> assigned = new HashMap<>();
        assignments.countPerCycle().forEach(row -> assigned.put((Long) row[0], (Long) row[1]));
        Map<Long, Map<WorkflowState, Long>> states = new HashMap<>();
        updates.countPerCycleAndState().forEach(row -> states.computeIfAbsent((Long) row[0],
                k -> new EnumMap<>(WorkflowState.class)).put((WorkflowState) row[1], (Long) row[2]));
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
        Map<Long, StatusUpdateEntity> byItem = updates.findByCycleId(cycleId).stream()
                .collect(Collectors.toMap(u -> u.itemId, Function.identity()));
        Map<Long, TrackedItemEntity> itemsById = items.findByIdIn(assigned.stream().map(a -> a.itemId).toList())
                .stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        FrameworkEntity framework = frameworks.findByCode(cycle.frameworkCode).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        return assigned.stream().map(a -> workItem(cycle, framework, itemsById.get(a.itemId), a.entityCode,
                byItem.get(a.itemId), today, viewer)).sorted(Comparator.comparingInt(w -> w.item().number())).toList();
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

    private static WorkItem workItem(ReportingCycleEntity cycle, FrameworkEntity framework, TrackedItemEntity item,
            String entity, StatusUpdateEntity update, LocalDate today, Viewer viewer) {
        String state = update == null ? "NOT_STARTED" : update.workflowState.name();
        boolean overdue = today.isAfter(cycle.deadline) && (update == null || !DONE.contains(update.workflowState));
        ItemSummary summary = new ItemSummary(item.id, framework.code, framework.sessionYear, item.number, item.title,
                item.theme, item.currentStatus);
        boolean readable = update != null && viewer.mayRead(update.workflowState, update.entityCode);
        return new WorkItem(cycle.summary(), summary, entity, state, readable ? update.viewFor(viewer) : null, overdue);
    }
}
