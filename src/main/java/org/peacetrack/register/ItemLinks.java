package org.peacetrack.register;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the lineage module reads and writes of the register: the sessions and their texts, the links between
 * items with their scores, chains and reviews. Callers hold the transaction.
 */
@Component
public class ItemLinks {

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final ItemLinkRepository links;
    private final SummariesById summaries;
    private final LinkRescorer rescorer;
    private final EntityManager entities;

    ItemLinks(FrameworkRepository frameworks, TrackedItemRepository items, ItemLinkRepository links,
            SummariesById summaries, LinkRescorer rescorer, EntityManager entities) {
        this.frameworks = frameworks;
        this.items = items;
        this.links = links;
        this.summaries = summaries;
        this.rescorer = rescorer;
        this.entities = entities;
    }

    /** The Special Committee's session of a year, if its framework exists. */
    public Optional<FrameworkRef> session(int year) {
        return frameworks.findByCode(C34Sessions.symbolOf(year)).map(ItemLinks::ref);
    }

    /** Every session's framework, by year. */
    public List<FrameworkRef> sessions() {
        return frameworks.findByKind(FrameworkKind.C34_SESSION).stream().map(ItemLinks::ref).toList();
    }

    /** The texts of the framework's items that have one, by item id, in item order. */
    public Map<Long, String> textsOf(long frameworkId) {
        Map<Long, String> texts = new LinkedHashMap<>();
        items.idsAndTextsOf(frameworkId).forEach(row -> texts.put((Long) row[0], (String) row[1]));
        return texts;
    }

    /** The texts of a framework's items that have one: the corpus that lineage scores are computed over. */
    public List<String> corpusOf(long frameworkId) {
        return items.textsOf(frameworkId);
    }

    /**
     * Proposes a match of a later item with an earlier one for a person to review, unless the pair is already
     * linked so (even if the match was rejected); whether it was proposed.
     */
    public boolean proposeMatch(long laterItemId, long earlierItemId, double score, LinkScoring.Scorer scorer) {
        if (links.existsByFromItemIdAndToItemIdAndKind(laterItemId, earlierItemId, LinkKind.SIMILAR_TO)) {
            return false;
        }
        links.save(ItemLinkEntity.proposedMatch(laterItemId, earlierItemId, score, scorer.threshold(),
                scorer.matcherVersion()));
        return true;
    }

    /** Rescores the scored links with an end in the framework: their scores change when its texts do. */
    public void rescoreTouching(long frameworkId, LinkScoring.Scorer scorer) {
        rescorer.rescore(links.findByKindInTouchingFramework(ItemLinkRepository.SCORED, frameworkId), scorer);
    }

    /** The ids of every link that carries a score, in order. */
    public List<Long> scoredLinkIds() {
        return links.findIdsByKindIn(ItemLinkRepository.SCORED);
    }

    /**
     * Rescores these links and writes them, then lets them go: in a long run over every link, each later query
     * would otherwise dirty-check all that stayed managed.
     */
    public void rescoreAndRelease(List<Long> linkIds, LinkScoring.Scorer scorer) {
        rescorer.rescore(links.findAllById(linkIds), scorer);
        entities.flush();
        entities.clear();
    }

    /** The links of an item's chain (explicit references and non-rejected matches), at most {@code largest} members. */
    public List<ChainLink> chain(long itemId, int largest) {
        return links.findChain(itemId, largest).stream()
                .map(l -> new ChainLink(l.id, l.fromItemId, l.toItemId, l.kind, l.score, l.reviewState, l.unrelated))
                .toList();
    }

    /** These items' summaries, each with whether a status published for it was one of {@code reported}. */
    public List<ChainMember> members(Collection<Long> itemIds, Collection<Status> reportedStatuses) {
        return summaries.reporting(itemIds, reportedStatuses).stream()
                .map(row -> new ChainMember(new ItemSummary((Long) row[0], (String) row[1], (Integer) row[2],
                        (Integer) row[3], (String) row[4], (String) row[5], (Status) row[6]),
                        Boolean.TRUE.equals(row[7])))
                .toList();
    }

    /**
     * Confirms or rejects a proposed (or earlier reviewed) match that touches the item; empty if the item has
     * no such match.
     */
    public Optional<ReviewState> review(long itemId, long linkId, ReviewState decision) {
        return links.findById(linkId).filter(l -> l.isReviewable() && l.touches(itemId))
                .map(l -> {
                    l.review(decision);
                    return decision;
                });
    }

    private static FrameworkRef ref(FrameworkEntity f) {
        return new FrameworkRef(f.id, f.code, f.sessionYear);
    }
}
