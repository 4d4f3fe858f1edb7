package org.peacetrack.register;

import java.util.Arrays;
import java.util.Optional;

/**
 * A recommendation's title for lists: its first words from the operative verb on ("Requests the
 * Secretariat to brief ..."), since every paragraph opens with "The Special Committee".
 */
final class ShortTitle {

    private static final int WORDS = 12;

    private ShortTitle() {
    }

    static Optional<String> of(String text, String operativeVerb) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int verbAt = operativeVerb == null ? -1 : text.indexOf(" " + operativeVerb + " ");
        String from = verbAt < 0 ? text.strip() : text.substring(verbAt + 1);
        String[] words = from.split("\\s+");
        String title = String.join(" ", Arrays.copyOf(words, Math.min(WORDS, words.length)));
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        if (words.length > WORDS) {
            return Optional.of(title.replaceAll("[,;:]$", "") + " …");
        }
        return Optional.of(title.replaceAll("[.;]$", ""));
    }
}
