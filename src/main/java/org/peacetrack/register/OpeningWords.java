package org.peacetrack.register;

import java.util.regex.Pattern;

/**
 * The first words of a text, cut at a word boundary, as lists show what an item is about: the text stripped, its
 * runs of whitespace made one space, cut at the last space within {@link #MAX_CHARS} and its trailing punctuation
 * dropped. Computed by one pass over only as much of the text as the cut can reach (a list page asks it for a
 * few hundred items, and collapsing every whole text with regular expressions was most of that page's work).
 */
final class OpeningWords {

    static final int MAX_CHARS = 180;
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.]+$");

    private OpeningWords() {
    }

    static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        // the stripped text with each run of \s as one space, up to one character past MAX_CHARS: enough to tell
        // whether it is longer and to find the last space at or before MAX_CHARS
        StringBuilder flat = new StringBuilder(MAX_CHARS + 1);
        boolean inRun = false;
        for (int i = 0; i < stripped.length() && flat.length() <= MAX_CHARS; i++) {
            char c = stripped.charAt(i);
            if (isRegexSpace(c)) {
                if (!inRun) {
                    flat.append(' ');
                }
                inRun = true;
            } else {
                flat.append(c);
                inRun = false;
            }
        }
        if (flat.length() <= MAX_CHARS) {
            return flat.toString();
        }
        int cut = flat.lastIndexOf(" ", MAX_CHARS);
        String head = flat.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
        return TRAILING.matcher(head).replaceAll("") + "…";
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
