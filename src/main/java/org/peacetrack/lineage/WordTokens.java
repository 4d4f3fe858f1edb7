package org.peacetrack.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of a text, lower-cased and lightly stemmed so that "requests", "requested" and
 * "request" meet; stop words carry no meaning for matching and are dropped.
 */
final class WordTokens {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "been", "by",
            "each", "for", "from", "has", "have", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the",
            "their", "them", "these", "this", "those", "to", "was", "which", "who", "with", "one", "another", "other",
            "also", "once", "again", "further", "before", "ahead", "during", "every", "all", "any", "such");

    private WordTokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 1 && !STOP_WORDS.contains(word)) {
                tokens.add(stem(word));
            }
        }
        return tokens;
    }

    /** Strips the commonest English inflections; crude, but applied alike to both texts compared. */
    static String stem(String word) {
        String w = word;
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
