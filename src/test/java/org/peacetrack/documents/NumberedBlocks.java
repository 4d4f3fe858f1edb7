package org.peacetrack.documents;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered paragraphs of a reader's text, for comparing one format of a document with another: blocks
 * opening with "12." or a section's "5.I.12", in consecutive runs from 1 per numbering scheme, schemes of
 * fewer than five paragraphs (a results table's "1.1", "1.2") left out. Text is compared after whitespace
 * is normalised, emphasis markers dropped and a word hyphenated at a line end inside a block rejoined.
 */
final class NumberedBlocks {

    private static final Pattern LABEL = Pattern.compile(
            "^((?:\\d{1,3}\\.(?:[A-Z]{1,4}\\.)?)?)(\\d{1,3})(\\.?)\\s+\\S.*$", Pattern.DOTALL);
    private static final int SHORTEST_SCHEME = 5;

    private NumberedBlocks() {
    }

    /** Label to normalised paragraph text, in document order. */
    static Map<String, String> of(SourceText source) {
        Map<String, Integer> chains = new HashMap<>();
        for (String block : source.text().split("\n\n")) {
            Matcher m = candidate(block);
            if (m != null && Integer.parseInt(m.group(2)) == chains.getOrDefault(m.group(1), 0) + 1) {
                chains.merge(m.group(1), 1, Integer::sum);
            }
        }
        Map<String, Integer> expected = new HashMap<>();
        Map<String, String> paragraphs = new LinkedHashMap<>();
        for (String block : source.text().split("\n\n")) {
            Matcher m = candidate(block);
            if (m == null || chains.getOrDefault(m.group(1), 0) < SHORTEST_SCHEME) {
                continue;
            }
            int next = expected.getOrDefault(m.group(1), 1);
            if (Integer.parseInt(m.group(2)) == next) {
                paragraphs.put(m.group(1) + next, m.group(0));
                expected.put(m.group(1), next + 1);
            }
        }
        return paragraphs;
    }

    static String normalise(String block) {
        return block.replaceFirst("^#+\\s*", "").replaceAll("\\*+|</?u>", "")
                .replaceAll("(\\p{Ll})-\\n(\\p{Ll})", "$1$2").replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static Matcher candidate(String block) {
        Matcher m = LABEL.matcher(normalise(block));
        return m.matches() && (!m.group(1).isEmpty() || !m.group(3).isEmpty()) ? m : null;
    }
}
