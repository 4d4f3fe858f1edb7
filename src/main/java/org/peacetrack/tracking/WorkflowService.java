package org.peacetrack.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting workflow: editors open a cycle and assign items to entities; focal points draft and
 * submit; reviewers return or approve; editors publish, which makes the update the item's current status.
 * Who may do what is checked here, on the server; which transitions exist is the aggregate's rule.
 */
@Service
@Transactional
public class WorkflowService {

    private final ReportingCycleRepository cycles;
    private final AssignmentRepository assignments;
    private final StatusUpdateRepository updates;
    private final TrackedItemRepository items;
    private final FrameworkRepository frameworks;
    private final Clock clock;

    WorkflowService(ReportingCycleRepository cycles, AssignmentRepository assignments, StatusUpdateRepository updates,
            TrackedItemRepository items, FrameworkRepository frameworks, Optional<Clock> clock) {
        this.cycles = cycles;
        this.assignments = assignments;
        this.updates = updates;
        this.items = items;
        this.frameworks = frameworks;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public CycleSummary openCycle(String frameworkCode, int year, LocalDate deadline, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "open a reporting cycle");
        frameworks.findByCode(frameworkCode)
                .orElseThrow(() -> new IllegalArgumentException("No framework " + frameworkCode));
        if (cycles.findByFrameworkCodeAndReportingYear(frameworkCode, year).isPresent()) {
            throw new IllegalArgumentException("A cycle for " + frameworkCode + " in " + year + " is already open");
        }
        return cycles.save(new ReportingCycleEntity(frameworkCode, year, deadline, actor.username(), clock.instant()))
                .summary();
    }

    /** Assigns the given item numbers of the cycle's framework to an entity; returns how many were assigned. */
    public int assign(long cycleId, List<Integer> numbers, String entityCode, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "assign items");
        ReportingCycleEntity cycle = cycle(cycleId);
        FrameworkEntity framework = frameworks.findByCode(cycle.frameworkCode).orElseThrow();
        int assigned = 0;
        for (int number : numbers) {
            TrackedItemEntity item = items.findByFrameworkIdAndNumber(framework.id, number).orElseThrow(
                    () -> new IllegalArgumentException("No item " + number + " in " + framework.code));
            AssignmentEntity existing = assignments.findByCycleIdAndItemId(cycleId, item.id).orElse(null);
            if (existing == null) {
                assignments.save(new AssignmentEntity(cycleId, item.id, entityCode));
                assigned++;
            } else if (!existing.entityCode.equals(entityCode)) {
                existing.entityCode = entityCode;
                assigned++;
            }
        }
        return assigned;
    }

    public StatusView saveDraft(long cycleId, long itemId, Status status, String narrative, Long expectedVersion,
            Actor actor) {
        ReportingCycleEntity cycle = cycle(cycleId);
        AssignmentEntity assignment = assignments.findByCycleIdAndItemId(cycleId, itemId)
                .orElseThrow(() -> new IllegalArgumentException("Item " + itemId + " is not assigned in this cycle"));
        allow(actor.answersFor(assignment.entityCode), actor, "report for " + assignment.entityCode);
        Optional<StatusUpdateEntity> existing = updates.findByCycleIdAndItemId(cycleId, itemId);
        if (existing.isEmpty()) {
            StatusUpdateEntity draft = updates.saveAndFlush(StatusUpdateEntity.draft(cycle, itemId,
                    assignment.entityCode, status, narrative, actor.username(), clock.instant()));
            draft.announceDraft(actor.username(), clock.instant());
            return updates.saveAndFlush(draft).view();
        }
        StatusUpdateEntity update = current(existing.get(), expectedVersion);
        update.revise(status, narrative, actor.username(), clock.instant());
        return updates.saveAndFlush(update).view();
    }

    public StatusView attachEvidence(long updateId, String label, String url, Actor actor) {
        StatusUpdateEntity update = update(updateId);
        allow(actor.answersFor(update.entityCode), actor, "attach evidence for " + update.entityCode);
        update.attach(new Evidence(label, url, actor.username(), clock.instant()), actor.username(), clock.instant());
        return updates.saveAndFlush(update).view();
    }

    public StatusView submit(long updateId, long expectedVersion, Actor actor) {
        StatusUpdateEntity update = current(update(updateId), expectedVersion);
        allow(actor.answersFor(update.entityCode), actor, "submit for " + update.entityCode);
        update.submit(actor.username(), clock.instant());
        return updates.saveAndFlush(update).view();
    }

    public StatusView returnWithMessage(long updateId, String message, long expectedVersion, Actor actor) {
        allow(actor.hasRole(Role.REVIEWER, Role.ADMIN), actor, "return an update");
        StatusUpdateEntity update = current(update(updateId), expectedVersion);
        update.returnWithMessage(message, actor.username(), clock.instant());
        return updates.saveAndFlush(update).view();
    }

    public StatusView approve(long updateId, long expectedVersion, Actor actor) {
        allow(actor.hasRole(Role.REVIEWER, Role.ADMIN), actor, "approve an update");
        StatusUpdateEntity update = current(update(updateId), expectedVersion);
        update.approve(actor.username(), clock.instant());
        return updates.saveAndFlush(update).view();
    }

    public StatusView publish(long updateId, long expectedVersion, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "publish an update");
        StatusUpdateEntity update = current(update(updateId), expectedVersion);
        update.publish(actor.username(), clock.instant());
        items.findById(update.itemId).orElseThrow().publishedStatus(update.status);
        return updates.saveAndFlush(update).view();
    }

    private StatusUpdateEntity current(StatusUpdateEntity update, Long expectedVersion) {
        if (expectedVersion != null && update.version != expectedVersion) {
            throw new ConcurrentEditException(update.id, update.updatedBy);
        }
        return update;
    }

    private ReportingCycleEntity cycle(long id) {
        return cycles.findById(id).orElseThrow(() -> new IllegalArgumentException("No reporting cycle " + id));
    }

    private StatusUpdateEntity update(long id) {
        return updates.findById(id).orElseThrow(() -> new IllegalArgumentException("No status update " + id));
    }

    private static void allow(boolean allowed, Actor actor, String action) {
        if (!allowed) {
            String who = actor.role() + (actor.entityCode() != null ? " of " + actor.entityCode() : "");
            throw new ForbiddenActionException("A " + who + " may not " + action);
        }
    }
}
