package org.peacetrack.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peacetrack.reference.ReferenceData;
import org.peacetrack.reference.SecretariatEntity;
import org.peacetrack.register.ConcurrentEditException;
import org.peacetrack.register.Evidence;
import org.peacetrack.register.ForbiddenActionException;
import org.peacetrack.register.FrameworkEntity;
import org.peacetrack.register.FrameworkRepository;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusUpdateEntity;
import org.peacetrack.register.StatusUpdateRepository;
import org.peacetrack.register.StatusView;
import org.peacetrack.register.TrackedItemEntity;
import org.peacetrack.register.TrackedItemRepository;
import org.peacetrack.register.WorkflowException;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
    private final ReferenceData reference;
    private final Clock clock;

    WorkflowService(ReportingCycleRepository cycles, AssignmentRepository assignments, StatusUpdateRepository updates,
            TrackedItemRepository items, FrameworkRepository frameworks, ReferenceData reference,
            Optional<Clock> clock) {
        this.reference = reference;
        this.cycles = cycles;
        this.assignments = assignments;
        this.updates = updates;
        this.items = items;
        this.frameworks = frameworks;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public CycleSummary openCycle(String frameworkCode, int year, LocalDate deadline, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "open", "open a reporting cycle");
        ReportingCycleEntity cycle = new ReportingCycleEntity(frameworkCode, year, deadline, actor.username(),
                clock.instant());
        frameworks.findByCode(frameworkCode).orElseThrow(() -> new InvalidInputException(
                "workflow.refused.noFramework", "No framework " + frameworkCode, frameworkCode));
        if (cycles.findByFrameworkCodeAndReportingYear(frameworkCode, year).isPresent()) {
            throw new InvalidInputException("workflow.refused.cycleExists", "A cycle for " + frameworkCode + " in "
                    + year + " is already open", frameworkCode, year);
        }
        return cycles.save(cycle).summary();
    }

    /** After closing, the cycle accepts no drafts or submissions; reviewing and publishing what came in go on. */
    public CycleSummary closeCycle(long cycleId, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "close", "close a reporting cycle");
        ReportingCycleEntity cycle = cycle(cycleId);
        cycle.close(actor.username(), clock.instant());
        return cycle.summary();
    }

    /** Assigns the given item numbers of the cycle's framework to an entity; returns how many were assigned. */
    public int assign(long cycleId, List<Integer> numbers, String entityCode, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "assign", "assign items");
        ReportingCycleEntity cycle = cycle(cycleId);
        String entity = knownEntity(entityCode);
        FrameworkEntity framework = frameworks.findByCode(cycle.frameworkCode).orElseThrow();
        List<TrackedItemEntity> found = new ArrayList<>();
        for (int number : numbers) {
            found.add(items.findByFrameworkIdAndNumber(framework.id, number).orElseThrow(() -> new InvalidInputException(
                    "workflow.refused.noItem", "No item " + number + " in " + framework.code, number, framework.code)));
        }
        return assignAll(cycleId, found, entity);
    }

    /** Assigns every item of one theme of the cycle's framework to an entity; returns how many were assigned. */
    public int assignTheme(long cycleId, String theme, String entityCode, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "assign", "assign items");
        ReportingCycleEntity cycle = cycle(cycleId);
        String entity = knownEntity(entityCode);
        FrameworkEntity framework = frameworks.findByCode(cycle.frameworkCode).orElseThrow();
        List<TrackedItemEntity> ofTheme = items.findByFrameworkIdOrderByNumber(framework.id).stream()
                .filter(i -> theme.equals(i.theme)).toList();
        if (ofTheme.isEmpty()) {
            throw new InvalidInputException("workflow.refused.noTheme", "No item of " + framework.code
                    + " has the theme " + theme, framework.code, theme);
        }
        return assignAll(cycleId, ofTheme, entity);
    }

    /** Removes an assignment made by mistake; refused once the entity has started a draft for the item. */
    public void unassign(long cycleId, long itemId, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "assign", "remove assignments");
        AssignmentEntity assignment = assignments.findByCycleIdAndItemId(cycleId, itemId).orElseThrow(
                () -> new InvalidInputException("workflow.refused.notAssigned", "Item " + itemId
                        + " is not assigned in this cycle", itemId));
        if (updates.findByCycleIdAndItemId(cycleId, itemId).isPresent()) {
            throw new WorkflowException("workflow.refused.unassignStarted", assignment.entityCode
                    + " has started an update for this item: the assignment stays", assignment.entityCode);
        }
        assignments.delete(assignment);
    }

    private int assignAll(long cycleId, List<TrackedItemEntity> toAssign, String entity) {
        int assigned = 0;
        for (TrackedItemEntity item : toAssign) {
            AssignmentEntity existing = assignments.findByCycleIdAndItemId(cycleId, item.id).orElse(null);
            if (existing == null) {
                assignments.save(new AssignmentEntity(cycleId, item.id, entity));
                assigned++;
            } else if (!existing.entityCode.equals(entity)) {
                existing.entityCode = entity;
                assigned++;
            }
        }
        return assigned;
    }

    /** The entity's acronym as the reference data spells it; an unknown one is refused. */
    private String knownEntity(String code) {
        String wanted = code == null ? "" : code.strip();
        return reference.entities().stream().map(SecretariatEntity::acronym).filter(a -> a.equalsIgnoreCase(wanted))
                .findFirst().orElseThrow(() -> new InvalidInputException("workflow.refused.unknownEntity",
                        "\"" + wanted + "\" is not an entity of the reference data (e.g. DPO, DOS)", wanted));
    }

    public StatusView saveDraft(long cycleId, long itemId, Status status, String narrative, Long expectedVersion,
            Actor actor) {
        ReportingCycleEntity cycle = cycle(cycleId);
        AssignmentEntity assignment = assignments.findByCycleIdAndItemId(cycleId, itemId)
                .orElseThrow(() -> new InvalidInputException("workflow.refused.notAssigned", "Item " + itemId
                        + " is not assigned in this cycle", itemId));
        allow(actor.answersFor(assignment.entityCode), actor, "report", "report for " + assignment.entityCode,
                assignment.entityCode);
        Optional<StatusUpdateEntity> existing = updates.findByCycleIdAndItemId(cycleId, itemId);
        if (existing.isEmpty()) {
            StatusUpdateEntity draft = updates.saveAndFlush(StatusUpdateEntity.draft(cycle, itemId,
                    assignment.entityCode, status, narrative, actor.username(), clock.instant()));
            draft.announceDraft(actor.username(), clock.instant());
            return updates.saveAndFlush(draft).view();
        }
        StatusUpdateEntity update = current(existing.get(), expectedVersion);
        update.revise(cycle, status, narrative, actor.username(), clock.instant());
        return updates.saveAndFlush(update).view();
    }

    public StatusView attachEvidence(long updateId, String label, String url, Actor actor) {
        StatusUpdateEntity update = update(updateId);
        allow(actor.answersFor(update.entityCode), actor, "report", "attach evidence for " + update.entityCode,
                update.entityCode);
        Evidence link = new Evidence(label, url, actor.username(), clock.instant());
        update.attach(cycle(update.cycleId), link, actor.username(), clock.instant());
        return updates.saveAndFlush(update).view();
    }

    public StatusView submit(long updateId, long expectedVersion, Actor actor) {
        StatusUpdateEntity update = current(update(updateId), expectedVersion);
        allow(actor.answersFor(update.entityCode), actor, "report", "submit for " + update.entityCode,
                update.entityCode);
        update.submit(cycle(update.cycleId), actor.username(), clock.instant());
        return updates.saveAndFlush(update).view();
    }

    public StatusView returnWithMessage(long updateId, String message, long expectedVersion, Actor actor) {
        allow(actor.hasRole(Role.REVIEWER, Role.ADMIN), actor, "review", "return an update");
        StatusUpdateEntity update = current(update(updateId), expectedVersion);
        update.returnWithMessage(message, actor.username(), clock.instant());
        return updates.saveAndFlush(update).view();
    }

    public StatusView approve(long updateId, long expectedVersion, Actor actor) {
        allow(actor.hasRole(Role.REVIEWER, Role.ADMIN), actor, "review", "approve an update");
        StatusUpdateEntity update = current(update(updateId), expectedVersion);
        update.approve(actor.username(), clock.instant());
        return updates.saveAndFlush(update).view();
    }

    public StatusView publish(long updateId, long expectedVersion, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "publish", "publish an update");
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
        return cycles.findById(id).orElseThrow(() -> new InvalidInputException("workflow.refused.noCycle",
                "No reporting cycle " + id, id));
    }

    private StatusUpdateEntity update(long id) {
        return updates.findById(id).orElseThrow(() -> new InvalidInputException("workflow.refused.noUpdate",
                "No status update " + id, id));
    }

    private static void allow(boolean allowed, Actor actor, String key, String action) {
        allow(allowed, actor, key, action, null);
    }

    private static void allow(boolean allowed, Actor actor, String key, String action, String entity) {
        if (!allowed) {
            String who = actor.role() + (actor.entityCode() != null ? " of " + actor.entityCode() : "");
            throw new ForbiddenActionException("workflow.forbidden." + key, "A " + who + " may not " + action,
                    new DefaultMessageSourceResolvable("label.Role." + actor.role()), entity);
        }
    }
}
