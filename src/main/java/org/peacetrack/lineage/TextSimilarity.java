package org.peacetrack.lineage;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF cosine similarity between texts, with document frequencies taken from a corpus (the paragraphs
 * of the sessions being compared), so that words every paragraph shares ("Special Committee",
 * "Secretariat") weigh little and the words that make a paragraph its own weigh much.
 */
final class TextSimilarity {

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    private TextSimilarity(Collection<String> corpus) {
        documents = corpus.size();
        for (String text : corpus) {
            new HashSet<>(WordTokens.of(text)).forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
    }

    static TextSimilarity over(Collection<String> corpus) {
        return new TextSimilarity(corpus);
    }

    /** Cosine of the two texts' TF-IDF vectors: 1 for the same words, 0 for no content word in common. */
    double score(String a, String b) {
        return cosine(vector(a), vector(b));
    }

    Map<String, Double> vector(String text) {
        Map<String, Double> weights = new HashMap<>();
        List<String> tokens = WordTokens.of(text);
        tokens.forEach(w -> weights.merge(w, 1.0, Double::sum));
        weights.replaceAll((w, count) -> (1 + Math.log(count)) * idf(w));
        return weights;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private double idf(String word) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(word, 0))) + 1;
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    }
}
