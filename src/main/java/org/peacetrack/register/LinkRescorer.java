package org.peacetrack.register;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Stores on each scored link its two texts' similarity (none while either text is unknown), as a scorer of
 * the lineage module computes it; SERVES links carry none.
 */
@Component
class LinkRescorer {

    private final TrackedItemRepository items;

    LinkRescorer(TrackedItemRepository items) {
        this.items = items;
    }

    void rescore(Collection<ItemLinkEntity> links, LinkScoring.Scorer scorer) {
        List<ItemLinkEntity> scored = links.stream().filter(ItemLinkEntity::isScored).toList();
        if (scored.isEmpty()) {
            return;
        }
        Map<Long, Object[]> ends = new HashMap<>();
        items.frameworksAndTextsOf(scored.stream().flatMap(l -> Stream.of(l.fromItemId, l.toItemId)).distinct().toList())
                .forEach(row -> ends.put((Long) row[0], row));
        for (ItemLinkEntity l : scored) {
            Object[] from = ends.get(l.fromItemId);
            Object[] to = ends.get(l.toItemId);
            l.scored(from[2] == null || to[2] == null ? null : scorer.similarity((Long) from[1], (String) from[2],
                    (Long) to[1], (String) to[2]), scorer.threshold(), scorer.matcherVersion());
        }
    }
}
