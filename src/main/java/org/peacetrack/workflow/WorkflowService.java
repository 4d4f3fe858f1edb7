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
import org.peacetrack.register.FrameworkRef;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusUpdates;
import org.peacetrack.register.StatusView;
import org.peacetrack.register.UpdateRef;
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

    /** The version a form sends for a first draft: it saw no update, so it must not overwrite one. */
    public static final long NO_UPDATE_YET = StatusUpdates.NO_UPDATE_YET;
    /** Longest narrative a draft may carry (a status paragraph is a few thousand characters). */
    public static final int MAX_NARRATIVE = 100_000;

    private final ReportingCycleRepository cycles;
    private final AssignmentRepository assignments;
    private final StatusUpdates updates;
    private final ReferenceData reference;
    private final Clock clock;

    WorkflowService(ReportingCycleRepository cycles, AssignmentRepository assignments, StatusUpdates updates,
            ReferenceData reference, Optional<Clock> clock) {
        this.reference = reference;
        this.cycles = cycles;
        this.assignments = assignments;
        this.updates = updates;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public CycleSummary openCycle(String frameworkCode, int year, LocalDate deadline, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "open", "open a reporting cycle");
        ReportingCycleEntity cycle = new ReportingCycleEntity(frameworkCode, year, deadline, actor.username(),
                clock.instant());
        updates.framework(frameworkCode).orElseThrow(() -> new InvalidInputException(
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
        FrameworkRef framework = updates.framework(cycle.frameworkCode).orElseThrow();
        List<Long> found = new ArrayList<>();
        for (int number : numbers) {
            found.add(updates.itemId(framework.id(), number).orElseThrow(() -> new InvalidInputException(
                    "workflow.refused.noItem", "No item " + number + " in " + framework.code(), number,
                    framework.code())));
        }
        return assignAll(cycleId, found, entity);
    }

    /** Assigns every item of one theme of the cycle's framework to an entity; returns how many were assigned. */
    public int assignTheme(long cycleId, String theme, String entityCode, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "assign", "assign items");
        ReportingCycleEntity cycle = cycle(cycleId);
        String entity = knownEntity(entityCode);
        FrameworkRef framework = updates.framework(cycle.frameworkCode).orElseThrow();
        List<Long> ofTheme = updates.itemIdsOfTheme(framework.id(), theme);
        if (ofTheme.isEmpty()) {
            throw new InvalidInputException("workflow.refused.noTheme", "No item of " + framework.code()
                    + " has the theme " + theme, framework.code(), theme);
        }
        return assignAll(cycleId, ofTheme, entity);
    }

    /** Removes an assignment made by mistake; refused once the entity has started a draft for the item. */
    public void unassign(long cycleId, long itemId, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "assign", "remove assignments");
        AssignmentEntity assignment = assignments.findByCycleIdAndItemId(cycleId, itemId).orElseThrow(
                () -> new InvalidInputException("workflow.refused.notAssigned", "Item " + itemId
                        + " is not assigned in this cycle", itemId));
        if (updates.update(cycleId, itemId).isPresent()) {
            throw new WorkflowException("workflow.refused.unassignStarted", assignment.entityCode
                    + " has started an update for this item: the assignment stays", assignment.entityCode);
        }
        assignments.delete(assignment);
    }

    private int assignAll(long cycleId, List<Long> toAssign, String entity) {
        int assigned = 0;
        for (long itemId : toAssign) {
            AssignmentEntity existing = assignments.findByCycleIdAndItemId(cycleId, itemId).orElse(null);
            if (existing == null) {
                assignments.save(new AssignmentEntity(cycleId, itemId, entity));
                assigned++;
            } else if (!existing.entityCode.equals(entity)) {
                existing.entityCode = entity;
                updates.reassign(cycleId, itemId, entity);
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

    /**
     * Saves a focal point's draft. {@code expectedVersion} is the version the form was loaded with, or
     * {@link #NO_UPDATE_YET} for a form that saw no update: then an update saved meanwhile is not overwritten
     * (the same text sent twice is the same draft; another text is a concurrent edit). First drafts of one
     * item wait for each other on the assignment's lock, and the database keeps one update per item and cycle.
     */
    public StatusView saveDraft(long cycleId, long itemId, Status status, String narrative, Long expectedVersion,
            Actor actor) {
        if (narrative != null && narrative.length() > MAX_NARRATIVE) {
            throw new InvalidInputException("workflow.refused.narrativeTooLong", "A narrative has at most "
                    + MAX_NARRATIVE + " characters; this one has " + narrative.length(), MAX_NARRATIVE,
                    narrative.length());
        }
        ReportingCycleEntity cycle = cycle(cycleId);
        AssignmentEntity assignment = assignments.lockByCycleIdAndItemId(cycleId, itemId)
                .orElseThrow(() -> new InvalidInputException("workflow.refused.notAssigned", "Item " + itemId
                        + " is not assigned in this cycle", itemId));
        allow(actor.answersFor(assignment.entityCode), actor, "report", "report for " + assignment.entityCode,
                assignment.entityCode);
        return updates.saveDraft(cycle, itemId, assignment.entityCode, status, narrative, expectedVersion,
                actor.username(), clock.instant());
    }

    public StatusView attachEvidence(long updateId, String label, String url, Actor actor) {
        UpdateRef update = update(updateId);
        String entity = reportingEntity(update);
        allow(actor.answersFor(entity), actor, "report", "attach evidence for " + entity, entity);
        Evidence link = new Evidence(label, url, actor.username(), clock.instant());
        return updates.attach(update.id(), cycle(update.cycleId()), link, actor.username(), clock.instant());
    }

    public StatusView submit(long updateId, long expectedVersion, Actor actor) {
        UpdateRef update = current(update(updateId), expectedVersion);
        String entity = reportingEntity(update);
        allow(actor.answersFor(entity), actor, "report", "submit for " + entity, entity);
        return updates.submit(update.id(), cycle(update.cycleId()), actor.username(), clock.instant());
    }

    public StatusView returnWithMessage(long updateId, String message, long expectedVersion, Actor actor) {
        allow(actor.hasRole(Role.REVIEWER, Role.ADMIN), actor, "review", "return an update");
        int length = message == null ? 0 : message.strip().length();
        if (length > StatusUpdates.MAX_REVIEW_MESSAGE) {
            throw new InvalidInputException("workflow.refused.messageTooLong", "A review message has at most "
                    + StatusUpdates.MAX_REVIEW_MESSAGE + " characters; this one has " + length,
                    StatusUpdates.MAX_REVIEW_MESSAGE, length);
        }
        UpdateRef update = current(update(updateId), expectedVersion);
        return updates.returnWithMessage(update.id(), message, actor.username(), clock.instant());
    }

    public StatusView approve(long updateId, long expectedVersion, Actor actor) {
        allow(actor.hasRole(Role.REVIEWER, Role.ADMIN), actor, "review", "approve an update");
        UpdateRef update = current(update(updateId), expectedVersion);
        return updates.approve(update.id(), actor.username(), clock.instant());
    }

    public StatusView publish(long updateId, long expectedVersion, Actor actor) {
        allow(actor.hasRole(Role.EDITOR, Role.ADMIN), actor, "publish", "publish an update");
        UpdateRef update = current(update(updateId), expectedVersion);
        return updates.publish(update.id(), actor.username(), clock.instant());
    }

    /** Who reports an update now: the entity its item is assigned to, which may have changed since the draft. */
    private String reportingEntity(UpdateRef update) {
        return assignments.findByCycleIdAndItemId(update.cycleId(), update.itemId()).map(a -> a.entityCode)
                .orElse(update.entityCode());
    }

    private static UpdateRef current(UpdateRef update, long expectedVersion) {
        if (update.version() != expectedVersion) {
            throw new ConcurrentEditException(update.id(), update.updatedBy());
        }
        return update;
    }

    private ReportingCycleEntity cycle(long id) {
        return cycles.findById(id).orElseThrow(() -> new InvalidInputException("workflow.refused.noCycle",
                "No reporting cycle " + id, id));
    }

    private UpdateRef update(long id) {
        return updates.update(id).orElseThrow(() -> new InvalidInputException("workflow.refused.noUpdate",
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
