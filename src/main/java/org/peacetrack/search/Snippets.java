package org.peacetrack.search;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * A hit's snippet from the highlighter's fragments, in whole words. A fragment around matched words starts
 * and ends at a word (the highlighter cuts between tokens); the opening of a text without a match is cut at
 * a fixed length, so it is shortened to its last whole word and marked as continued.
 */
final class Snippets {

    static final int FRAGMENT_SIZE = 180;
    static final int FRAGMENTS = 2;
    private static final String JOIN = " … ";
    private static final String CONTINUED = "…";
    private static final Pattern LEADING_STOPS = Pattern.compile("^[\\s.,;:]+");

    private Snippets() {
    }

    /** The fragments (escaped HTML with {@code <mark>}) joined, or null if there are none. */
    static String of(List<String> fragments) {
        if (fragments == null || fragments.isEmpty()) {
            return null;
        }
        return fragments.stream().map(Snippets::wholeWords).collect(Collectors.joining(JOIN));
    }

    private static String wholeWords(String cut) {
        // the highlighter cuts before a token, so that the space or stop before it opens the fragment
        String fragment = LEADING_STOPS.matcher(cut).replaceFirst("").stripTrailing();
        if (fragment.contains("<mark>") || HtmlUtils.htmlUnescape(fragment).length() < FRAGMENT_SIZE) {
            return fragment;
        }
        int lastSpace = lastWhitespace(fragment);
        return lastSpace <= 0 ? fragment : fragment.substring(0, lastSpace).stripTrailing() + CONTINUED;
    }

    private static int lastWhitespace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
