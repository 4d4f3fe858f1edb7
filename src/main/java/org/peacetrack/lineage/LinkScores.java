package org.peacetrack.lineage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.peacetrack.register.ItemLinks;
import org.peacetrack.register.LinkScoring;
import org.springframework.stereotype.Component;

/**
 * Scores links for the register, which stores the scores on them so that a page only reads them: an explicit
 * reference or a match gets its two texts' similarity over the corpus a match uses (the two sessions' texts).
 * Used when links are made, when a session is imported (its texts change the corpus) and when the matcher
 * changes.
 */
@Component
class LinkScores implements LinkScoring {

    private final ItemLinks links;

    LinkScores(ItemLinks links) {
        this.links = links;
    }

    @Override
    public Corpora scorer() {
        return new Corpora();
    }

    /** A cache of similarity models by pair of frameworks, for one run of scoring. */
    final class Corpora implements LinkScoring.Scorer {

        private final Map<Long, List<String>> texts = new HashMap<>();
        private final Map<String, TextSimilarity> models = new HashMap<>();

        @Override
        public double similarity(long fromFrameworkId, String fromText, long toFrameworkId, String toText) {
            return between(fromFrameworkId, toFrameworkId).score(fromText, toText);
        }

        @Override
        public double threshold() {
            return SessionMatcher.THRESHOLD;
        }

        @Override
        public String matcherVersion() {
            return SessionMatcher.VERSION;
        }

        private TextSimilarity between(long fromFramework, long toFramework) {
            return models.computeIfAbsent(fromFramework + "/" + toFramework, k -> TextSimilarity.over(
                    Stream.concat(texts(fromFramework).stream(), texts(toFramework).stream()).toList()));
        }

        private List<String> texts(long frameworkId) {
            return texts.computeIfAbsent(frameworkId, links::corpusOf);
        }
    }
}
