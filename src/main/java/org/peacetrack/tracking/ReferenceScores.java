package org.peacetrack.tracking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The score of each link: a match keeps the score it was proposed with; an explicit reference is scored
 * on demand, when both texts are known, over the same corpus a match would use (the two sessions).
 */
@Component
class ReferenceScores {

    private final TrackedItemRepository items;
    private final FrameworkRepository frameworks;
    private final LineageMatcher matcher;

    ReferenceScores(TrackedItemRepository items, FrameworkRepository frameworks, LineageMatcher matcher) {
        this.items = items;
        this.frameworks = frameworks;
        this.matcher = matcher;
    }

    Map<Long, Double> of(List<ItemLinkEntity> links) {
        Map<Long, Double> scores = new HashMap<>();
        Map<String, TextSimilarity> corpora = new HashMap<>();
        for (ItemLinkEntity l : links) {
            if (l.score != null) {
                scores.put(l.id, l.score);
                continue;
            }
            TrackedItemEntity from = items.findById(l.fromItemId).orElseThrow();
            TrackedItemEntity to = items.findById(l.toItemId).orElseThrow();
            if (from.body != null && to.body != null) {
                TextSimilarity similarity = corpora.computeIfAbsent(from.frameworkId + "/" + to.frameworkId,
                        k -> TextSimilarity.over(Stream.concat(texts(from.frameworkId), texts(to.frameworkId)).toList()));
                scores.put(l.id, similarity.score(from.body, to.body));
            }
        }
        return scores;
    }

    private Stream<String> texts(long frameworkId) {
        return matcher.texts(frameworks.findById(frameworkId).orElseThrow()).values().stream();
    }
}
