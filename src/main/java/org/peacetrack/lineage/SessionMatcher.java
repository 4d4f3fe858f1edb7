package org.peacetrack.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Pairs each paragraph of a later session with its most similar paragraph of the session before, when
 * the similarity reaches the threshold; a paragraph with no such match is taken as new.
 */
final class SessionMatcher {

    /** Chosen from the fixtures' scores; docs/decisions/0005-lineage-by-tf-idf-cosine.md gives the numbers. */
    static final double THRESHOLD = 0.5;

    /**
     * Names this matcher (tokens, weights, threshold). Change it with any of them: stored scores made by
     * another version are recomputed when a node starts (LineageRescoring) or by {@code peacetrack relink}.
     */
    static final String VERSION = "tfidf-cosine-1/threshold-0.5";

    record Match(long laterId, long earlierId, double score) {
    }

    private SessionMatcher() {
    }

    static List<Match> match(Map<Long, String> later, Map<Long, String> earlier) {
        return bestMatches(later, earlier).stream().filter(m -> m.score() >= THRESHOLD).toList();
    }

    /** The best earlier paragraph for every later one, whatever its score. */
    static List<Match> bestMatches(Map<Long, String> later, Map<Long, String> earlier) {
        TextSimilarity similarity = TextSimilarity.over(Stream.concat(later.values().stream(),
                earlier.values().stream()).toList());
        // each text's vector once, not once per pair: tokenising dominated matching two large sessions
        Map<Long, Map<String, Double>> earlierVectors = new LinkedHashMap<>();
        earlier.forEach((id, text) -> earlierVectors.put(id, similarity.vector(text)));
        List<Match> best = new ArrayList<>();
        later.forEach((laterId, laterText) -> {
            Map<String, Double> laterVector = similarity.vector(laterText);
            Match top = null;
            for (Map.Entry<Long, Map<String, Double>> e : earlierVectors.entrySet()) {
                double score = TextSimilarity.cosine(laterVector, e.getValue());
                if (top == null || score > top.score() || score == top.score() && e.getKey() < top.earlierId()) {
                    top = new Match(laterId, e.getKey(), score);
                }
            }
            if (top != null) {
                best.add(top);
            }
        });
        return best;
    }
}
