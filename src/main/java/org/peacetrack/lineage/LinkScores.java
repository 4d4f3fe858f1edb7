package org.peacetrack.lineage;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.peacetrack.register.ItemLinkEntity;
import org.peacetrack.register.LinkScoring;
import org.peacetrack.register.TrackedItemRepository;
import org.springframework.stereotype.Component;

/**
 * Scores links and stores the scores on them, so that a page only reads them: an explicit reference or a
 * match gets its two texts' similarity over the corpus a match uses (the two sessions' texts), or none while
 * either text is unknown. Called when links are made, when a session is imported (its texts change the
 * corpus) and when the matcher changes.
 */
@Component
class LinkScores implements LinkScoring {

    private final TrackedItemRepository items;

    LinkScores(TrackedItemRepository items) {
        this.items = items;
    }

    /** A cache of similarity models by pair of frameworks, for one run of scoring. */
    final class Corpora {

        private final Map<Long, List<String>> texts = new HashMap<>();
        private final Map<String, TextSimilarity> models = new HashMap<>();

        TextSimilarity between(long fromFramework, long toFramework) {
            return models.computeIfAbsent(fromFramework + "/" + toFramework, k -> TextSimilarity.over(
                    Stream.concat(texts(fromFramework).stream(), texts(toFramework).stream()).toList()));
        }

        private List<String> texts(long frameworkId) {
            return texts.computeIfAbsent(frameworkId, items::textsOf);
        }
    }

    Corpora corpora() {
        return new Corpora();
    }

    @Override
    public void rescore(Collection<ItemLinkEntity> links) {
        rescore(links, corpora());
    }

    void rescore(Collection<ItemLinkEntity> links, Corpora corpora) {
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
            l.scored(from[2] == null || to[2] == null ? null : corpora.between((Long) from[1], (Long) to[1])
                    .score((String) from[2], (String) to[2]), SessionMatcher.THRESHOLD, SessionMatcher.VERSION);
        }
    }
}
