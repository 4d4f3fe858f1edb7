package org.peacetrack.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs words that the PDF conversion split in two ("cohe rence", "non -permissive"), only where the
 * document's own words make the repair certain: the joined word occurs elsewhere in the document, and one
 * half is no word of the document (it occurs only inside this very split, or it starts with a hyphen).
 * A split whose joined form the document never uses stays as it is: no outside dictionary is guessed at.
 */
final class SplitWords {

    private static final Pattern WORD = Pattern.compile("-?\\p{L}[\\p{L}’'-]*");
    private static final Pattern SPLIT = Pattern.compile("(?<![\\p{L}’'-])(?=(\\p{L}+) (-?\\p{L}[\\p{L}-]*))");

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> splits = new HashMap<>();

    private SplitWords(List<ExtractedParagraph> paragraphs) {
        for (ExtractedParagraph paragraph : paragraphs) {
            count(WORD.matcher(paragraph.text()), words, 0);
            count(SPLIT.matcher(paragraph.text()), splits, 1);
        }
    }

    /** The paragraphs with their certain repairs, each reported as a warning. */
    static List<ExtractedParagraph> repair(List<ExtractedParagraph> paragraphs, List<String> warnings) {
        SplitWords dictionary = new SplitWords(paragraphs);
        return paragraphs.stream().map(p -> dictionary.repair(p, warnings)).toList();
    }

    private ExtractedParagraph repair(ExtractedParagraph paragraph, List<String> warnings) {
        Matcher m = SPLIT.matcher(paragraph.text());
        StringBuilder repaired = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(2);
            if (start >= copied && certain(m.group(1), m.group(2))) {
                String split = m.group(1) + " " + m.group(2);
                String joined = m.group(1) + m.group(2);
                repaired.append(paragraph.text(), copied, start).append(joined);
                copied = end;
                warnings.add("Repaired '" + split + "' to '" + joined + "' in paragraph " + paragraph.number());
            }
        }
        if (copied == 0) {
            return paragraph;
        }
        repaired.append(paragraph.text().substring(copied));
        return new ExtractedParagraph(paragraph.number(), paragraph.sectionPath(), paragraph.heading(),
                paragraph.title(), repaired.toString(), paragraph.operativeVerb(), paragraph.addressee(),
                paragraph.subsectionHeading());
    }

    private boolean certain(String first, String second) {
        boolean known = words.getOrDefault(key(first + second), 0) > 0;
        int splitCount = splits.getOrDefault(key(first + " " + second), 0);
        return known && (noWord(first, splitCount) || noWord(second, splitCount));
    }

    private boolean noWord(String half, int splitCount) {
        return half.startsWith("-") || words.getOrDefault(key(half), 0) <= splitCount;
    }

    private static void count(Matcher m, Map<String, Integer> into, int group) {
        while (m.find()) {
            String found = group == 0 ? m.group() : m.group(1) + " " + m.group(2);
            into.merge(key(found), 1, Integer::sum);
        }
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
