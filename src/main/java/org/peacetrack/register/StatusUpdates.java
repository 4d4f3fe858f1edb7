package org.peacetrack.register;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the workflow module does with the register: finds the items a cycle assigns, and moves the status-update
 * aggregate through its transitions (which exist is the aggregate's rule; who may ask is the workflow's). Callers
 * hold the transaction and check permissions and versions first (see {@link UpdateRef}).
 */
@Component
public class StatusUpdates {

    /** The version a form sends for a first draft: it saw no update, so it must not overwrite one. */
    public static final long NO_UPDATE_YET = -1;
    /** Longest message a reviewer may return an update with. */
    public static final int MAX_REVIEW_MESSAGE = StatusUpdateEntity.MAX_REVIEW_MESSAGE;

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final StatusUpdateRepository updates;
    private final SummariesById summaries;

    StatusUpdates(FrameworkRepository frameworks, TrackedItemRepository items, StatusUpdateRepository updates,
            SummariesById summaries) {
        this.frameworks = frameworks;
        this.items = items;
        this.updates = updates;
        this.summaries = summaries;
    }

    public Optional<FrameworkRef> framework(String code) {
        return frameworks.findByCode(code).map(f -> new FrameworkRef(f.id, f.code, f.sessionYear));
    }

    /** The id of the framework's item of that number. */
    public Optional<Long> itemId(long frameworkId, int number) {
        return items.findByFrameworkIdAndNumber(frameworkId, number).map(i -> i.id);
    }

    /** The ids of the framework's items filed under that theme heading, by number. */
    public List<Long> itemIdsOfTheme(long frameworkId, String theme) {
        return items.findByFrameworkIdOrderByNumber(frameworkId).stream().filter(i -> theme.equals(i.theme))
                .map(i -> i.id).toList();
    }

    /** These items as lists show them. */
    public List<ItemSummary> summaries(Collection<Long> itemIds) {
        return summaries.of(itemIds);
    }

    public Optional<UpdateRef> update(long updateId) {
        return updates.findById(updateId).map(StatusUpdates::ref);
    }

    /** The item's update in the cycle, once a draft was started. */
    public Optional<UpdateRef> update(long cycleId, long itemId) {
        return updates.findByCycleIdAndItemId(cycleId, itemId).map(StatusUpdates::ref);
    }

    /** The cycle's updates by item, each with its text where the viewer may read it. */
    public Map<Long, CycleUpdate> ofCycle(long cycleId, Viewer viewer) {
        return updates.findByCycleId(cycleId).stream().map(u -> new CycleUpdate(u.itemId, u.workflowState,
                u.entityCode, viewer.mayRead(u.workflowState, u.entityCode) ? u.viewFor(viewer) : null))
                .collect(Collectors.toMap(CycleUpdate::itemId, Function.identity()));
    }

    /** How many updates each cycle has in each state. */
    public Map<Long, Map<WorkflowState, Long>> countsPerCycleAndState() {
        Map<Long, Map<WorkflowState, Long>> states = new HashMap<>();
        updates.countPerCycleAndState().forEach(row -> states.computeIfAbsent((Long) row[0],
                k -> new EnumMap<>(WorkflowState.class)).put((WorkflowState) row[1], (Long) row[2]));
        return states;
    }

    /** The item is now reported by another entity: its update in the cycle, if any, follows. */
    public void reassign(long cycleId, long itemId, String entityCode) {
        updates.findByCycleIdAndItemId(cycleId, itemId).ifPresent(u -> u.reassign(entityCode));
    }

    /**
     * Saves a draft for the item in the cycle. With {@link #NO_UPDATE_YET}, an update saved meanwhile is not
     * overwritten: the same text sent twice is the same draft, another text a concurrent edit.
     */
    public StatusView saveDraft(ReportingPeriod cycle, long itemId, String entityCode, Status status, String narrative,
            Long expectedVersion, String actor, Instant now) {
        Optional<StatusUpdateEntity> existing = updates.findByCycleIdAndItemId(cycle.id(), itemId);
        if (existing.isEmpty()) {
            StatusUpdateEntity draft = updates.saveAndFlush(StatusUpdateEntity.draft(cycle, itemId, entityCode, status,
                    narrative, actor, now));
            draft.announceDraft(actor, now);
            return updates.saveAndFlush(draft).view();
        }
        StatusUpdateEntity update = existing.get();
        if (expectedVersion != null && expectedVersion == NO_UPDATE_YET) {
            if (update.sameDraft(status, narrative)) {
                return update.view();
            }
            throw new ConcurrentEditException(update.id, update.updatedBy);
        }
        current(update, expectedVersion).revise(cycle, status, narrative, actor, now);
        return updates.saveAndFlush(update).view();
    }

    public StatusView attach(long updateId, ReportingPeriod cycle, Evidence link, String actor, Instant now) {
        StatusUpdateEntity update = found(updateId);
        update.attach(cycle, link, actor, now);
        return updates.saveAndFlush(update).view();
    }

    public StatusView submit(long updateId, ReportingPeriod cycle, String actor, Instant now) {
        StatusUpdateEntity update = found(updateId);
        update.submit(cycle, actor, now);
        return updates.saveAndFlush(update).view();
    }

    public StatusView returnWithMessage(long updateId, String message, String actor, Instant now) {
        StatusUpdateEntity update = found(updateId);
        update.returnWithMessage(message, actor, now);
        return updates.saveAndFlush(update).view();
    }

    public StatusView approve(long updateId, String actor, Instant now) {
        StatusUpdateEntity update = found(updateId);
        update.approve(actor, now);
        return updates.saveAndFlush(update).view();
    }

    /** Publishes the update, which makes it its item's current status. */
    public StatusView publish(long updateId, String actor, Instant now) {
        StatusUpdateEntity update = found(updateId);
        update.publish(actor, now);
        items.findById(update.itemId).orElseThrow().publishedStatus(update.status);
        return updates.saveAndFlush(update).view();
    }

    private StatusUpdateEntity found(long updateId) {
        return updates.findById(updateId).orElseThrow(() -> new IllegalStateException(
                "Status update " + updateId + " was checked by the workflow but is gone"));
    }

    private static StatusUpdateEntity current(StatusUpdateEntity update, Long expectedVersion) {
        if (expectedVersion != null && update.version != expectedVersion) {
            throw new ConcurrentEditException(update.id, update.updatedBy);
        }
        return update;
    }

    private static UpdateRef ref(StatusUpdateEntity u) {
        return new UpdateRef(u.id, u.itemId, u.cycleId, u.entityCode, u.version, u.updatedBy);
    }
}
