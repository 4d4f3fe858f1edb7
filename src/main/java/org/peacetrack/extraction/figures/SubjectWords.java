package org.peacetrack.extraction.figures;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the words that say what a figure counts: the noun phrase after it, or the clause before it. */
final class SubjectWords {

    /** Where a subject sits in its sentence; empty when no content word follows. */
    record Span(int start, int end) {
        boolean isEmpty() {
            return end <= start;
        }
    }

    private static final int MAX_WORDS = 6;
    private static final Pattern WORD = Pattern.compile("\\s+([\\p{L}][\\p{L}'’\\-]*)(?![/\\w])");
    private static final Set<String> CONNECTORS = Set.of("and", "of", "or");
    private static final Set<String> STOPS = Set.of("in", "on", "at", "to", "from", "during", "since", "by", "for",
            "with", "as", "against", "across", "under", "into", "within", "through", "per", "is", "are", "was",
            "were", "be", "been", "had", "have", "has", "will", "would", "can", "could", "using", "compared",
            "including", "out", "below", "above", "who", "whom", "which", "that", "whose", "but", "while", "than", "the", "a", "an");
    private static final Pattern CHANGE_VERB = Pattern.compile("\\s+(?:(?:has|have|had)\\s+(?:been\\s+)?)?"
            + "(?:decreased|increased|declined|fallen|fell|risen|rose|dropped|grown|grew|reduced)\\b");
    private static final Pattern CHANGE_NOUN = Pattern.compile("\\b(?:decrease|increase|decline|reduction|rise|drop|"
            + "fall|growth)\\s+in\\s+(?:the\\s+)?(?:number\\s+of\\s+)?");
    private static final Pattern TRAILING_LINK = Pattern.compile("(?:[\\s,(]+|\\b(?:from|to)\\b)+$");

    private SubjectWords() {
    }

    /** The noun phrase starting after {@code from}: content words, joined by "and", "of" or "or". */
    static Span after(String sentence, int from) {
        Matcher m = WORD.matcher(sentence);
        int pos = from;
        int start = -1;
        int end = from;
        for (int words = 0; words < MAX_WORDS; ) {
            m.region(pos, sentence.length());
            if (!m.lookingAt()) {
                break;
            }
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (STOPS.contains(word) || (start < 0 && CONNECTORS.contains(word))) {
                break;
            }
            if (!CONNECTORS.contains(word)) {
                start = start < 0 ? m.start(1) : start;
                end = m.end();
                words++;
            }
            pos = m.end();
        }
        return start < 0 ? new Span(from, from) : new Span(start, end);
    }

    /**
     * What the clause before a series of values is about: the words before its verb of change ("Fatalities
     * from hostile acts have decreased"), after its noun of change ("a decrease in the fatalities of ..."),
     * or else its last words.
     */
    static String before(String sentence, int index) {
        String head = TRAILING_LINK.matcher(sentence.substring(0, index)).replaceFirst("");
        String clause = head.substring(head.lastIndexOf(';') + 1);
        Matcher verb = CHANGE_VERB.matcher(clause);
        if (verb.find()) {
            String beforeVerb = clause.substring(0, verb.start());
            return tidy(beforeVerb.substring(beforeVerb.lastIndexOf(',') + 1));
        }
        Matcher noun = CHANGE_NOUN.matcher(clause);
        int nounEnd = -1;
        while (noun.find()) {
            nounEnd = noun.end();
        }
        if (nounEnd >= 0) {
            return tidy(clause.substring(nounEnd));
        }
        String lastPart = clause.substring(clause.lastIndexOf(',') + 1).strip();
        String[] words = lastPart.split("\\s+");
        int from = Math.max(0, words.length - MAX_WORDS);
        return tidy(String.join(" ", Arrays.copyOfRange(words, from, words.length)));
    }

    private static String tidy(String words) {
        return words.strip().replaceFirst("^(?i:the|a|an)\\s+", "");
    }
}
