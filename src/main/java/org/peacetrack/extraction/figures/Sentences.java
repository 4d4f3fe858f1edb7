package org.peacetrack.extraction.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into sentences, so that a figure's subject and date are read from its own sentence. */
final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}\"“(])");

    private Sentences() {
    }

    static List<String> of(String paragraph) {
        List<String> sentences = new ArrayList<>();
        Matcher m = END.matcher(paragraph);
        int start = 0;
        while (m.find()) {
            sentences.add(paragraph.substring(start, m.start()));
            start = m.end();
        }
        sentences.add(paragraph.substring(start));
        return sentences;
    }
}
