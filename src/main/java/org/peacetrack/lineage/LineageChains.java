package org.peacetrack.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peacetrack.register.ItemLinkEntity;
import org.peacetrack.register.ItemLinkRepository;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.Lineage;
import org.peacetrack.register.LineageStep;
import org.peacetrack.register.LinkKind;
import org.peacetrack.register.ReportedStatusRepository;
import org.peacetrack.register.ReviewState;
import org.peacetrack.register.Status;
import org.peacetrack.register.TrackedItemRepository;
import org.peacetrack.register.UnrelatedReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an item's chain across sessions by following explicit references and non-rejected matches
 * both ways, with the scores and unrelated-reference warnings stored on the links.
 */
@Component
class LineageChains {

    /** Enough for decades of sessions; a bound so that a tangle of matches cannot make a page slow. */
    private static final int LARGEST_CHAIN = 60;

    private final TrackedItemRepository items;
    private final ItemLinkRepository links;
    private final ReportedStatusRepository reported;

    LineageChains(TrackedItemRepository items, ItemLinkRepository links, ReportedStatusRepository reported) {
        this.reported = reported;
        this.items = items;
        this.links = links;
    }

    /**
     * Reads the chain as stored: links with the scores and warnings computed when they were made (LinkScores),
     * in one read-only transaction, so one connection, whoever calls it.
     */
    @Transactional(readOnly = true)
    Optional<Lineage> of(long itemId) {
        List<ItemLinkEntity> edges = new ArrayList<>();
        Set<Long> members = walk(itemId, edges);
        Map<Long, ItemSummary> byId = items.summariesIn(members).stream()
                .collect(Collectors.toMap(ItemSummary::id, Function.identity()));
        if (!byId.containsKey(itemId)) {
            return Optional.empty();
        }
        List<ItemSummary> ordered = byId.values().stream().sorted(Comparator
                .comparing(ItemSummary::sessionYear, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ItemSummary::number)).toList();
        List<LineageStep> chain = ordered.stream().map(i -> step(i, byId, edges)).toList();
        List<UnrelatedReference> unrelated = edges.stream().filter(l -> l.unrelated)
                .map(l -> new UnrelatedReference(byId.get(l.fromItemId), byId.get(l.toItemId), l.score,
                        SessionMatcher.THRESHOLD))
                .toList();
        Map<Long, Set<Status>> statuses = new HashMap<>();
        reported.publishedStatuses(members).forEach(row -> statuses
                .computeIfAbsent((Long) row[0], id -> EnumSet.noneOf(Status.class)).add((Status) row[1]));
        return Optional.of(LineageFacts.lineage(byId.get(itemId), chain, unrelated, statuses));
    }

    /** Follows links breadth first, one query per member (a query of one id keeps its translated plan). */
    private Set<Long> walk(long itemId, List<ItemLinkEntity> edges) {
        Set<Long> members = new LinkedHashSet<>(List.of(itemId));
        Set<Long> seenEdges = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(members);
        while (!todo.isEmpty() && members.size() < LARGEST_CHAIN) {
            long id = todo.poll();
            for (ItemLinkEntity l : links.findTouching(id).stream().filter(LineageChains::follows).toList()) {
                if (seenEdges.add(l.id)) {
                    edges.add(l);
                }
                Stream.of(l.fromItemId, l.toItemId).filter(members::add).forEach(todo::add);
            }
        }
        return members;
    }

    private static boolean follows(ItemLinkEntity l) {
        return l.kind == LinkKind.REFERS_TO_PRIOR || l.kind == LinkKind.SIMILAR_TO && l.reviewState != ReviewState.REJECTED;
    }

    /** The step for an item, tied by the link to an earlier chain member that most needs showing. */
    private static LineageStep step(ItemSummary item, Map<Long, ItemSummary> byId, List<ItemLinkEntity> edges) {
        Map<ItemLinkEntity, Integer> candidates = new LinkedHashMap<>();
        for (ItemLinkEntity l : edges) {
            long other = l.fromItemId == item.id() ? l.toItemId : l.toItemId == item.id() ? l.fromItemId : -1;
            ItemSummary o = byId.get(other);
            if (o != null && o.sessionYear() != null && item.sessionYear() != null && o.sessionYear() < item.sessionYear()) {
                candidates.put(l, precedence(l));
            }
        }
        return candidates.entrySet().stream().min(Map.Entry.comparingByValue())
                .map(e -> new LineageStep(item, e.getKey().id, e.getKey().kind, e.getKey().score,
                        e.getKey().reviewState))
                .orElse(new LineageStep(item, null, null, null, null));
    }

    /** A match awaiting review first (so the page can offer it), then what the documents say, then confirmed matches. */
    private static int precedence(ItemLinkEntity l) {
        if (l.kind == LinkKind.SIMILAR_TO) {
            return l.reviewState == ReviewState.PROPOSED ? 0 : 2;
        }
        return 1;
    }
}
