package org.peacetrack.lineage;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peacetrack.register.ChainLink;
import org.peacetrack.register.ChainMember;
import org.peacetrack.register.ItemLinks;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.Lineage;
import org.peacetrack.register.LineageStep;
import org.peacetrack.register.LinkKind;
import org.peacetrack.register.ReviewState;
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

    private final ItemLinks links;

    LineageChains(ItemLinks links) {
        this.links = links;
    }

    /**
     * Reads the chain as stored: links with the scores and warnings computed when they were made (LinkScores),
     * in one read-only transaction, so one connection, whoever calls it; two statements whatever its length
     * (the links by a recursive query, then the members with what their reports said).
     */
    @Transactional(readOnly = true)
    Optional<Lineage> of(long itemId) {
        List<ChainLink> edges = links.chain(itemId, LARGEST_CHAIN);
        Set<Long> members = new LinkedHashSet<>(List.of(itemId));
        edges.forEach(l -> members.addAll(List.of(l.fromItemId(), l.toItemId())));
        Map<Long, ItemSummary> byId = new HashMap<>();
        Set<Long> reportedOpen = new HashSet<>();
        for (ChainMember member : links.members(members, LineageFacts.STILL_OPEN)) {
            byId.put(member.item().id(), member.item());
            if (member.reported()) {
                reportedOpen.add(member.item().id());
            }
        }
        if (!byId.containsKey(itemId)) {
            return Optional.empty();
        }
        List<ItemSummary> ordered = byId.values().stream().sorted(Comparator
                .comparing(ItemSummary::sessionYear, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ItemSummary::number)).toList();
        List<LineageStep> chain = ordered.stream().map(i -> step(i, byId, edges)).toList();
        List<UnrelatedReference> unrelated = edges.stream().filter(ChainLink::unrelated)
                .map(l -> new UnrelatedReference(byId.get(l.fromItemId()), byId.get(l.toItemId()), l.score(),
                        SessionMatcher.THRESHOLD))
                .toList();
        return Optional.of(LineageFacts.lineage(byId.get(itemId), chain, unrelated, reportedOpen));
    }

    /** The step for an item, tied by the link to an earlier chain member that most needs showing. */
    private static LineageStep step(ItemSummary item, Map<Long, ItemSummary> byId, List<ChainLink> edges) {
        Map<ChainLink, Integer> candidates = new LinkedHashMap<>();
        for (ChainLink l : edges) {
            ItemSummary o = byId.get(l.otherEnd(item.id()));
            if (o != null && o.sessionYear() != null && item.sessionYear() != null && o.sessionYear() < item.sessionYear()) {
                candidates.put(l, precedence(l));
            }
        }
        return candidates.entrySet().stream().min(Map.Entry.comparingByValue())
                .map(e -> new LineageStep(item, e.getKey().id(), e.getKey().kind(), e.getKey().score(),
                        e.getKey().reviewState()))
                .orElse(new LineageStep(item, null, null, null, null));
    }

    /** A match awaiting review first (so the page can offer it), then what the documents say, then confirmed matches. */
    private static int precedence(ChainLink l) {
        if (l.kind() == LinkKind.SIMILAR_TO) {
            return l.reviewState() == ReviewState.PROPOSED ? 0 : 2;
        }
        return 1;
    }
}
