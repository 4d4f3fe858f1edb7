package org.peacetrack.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peacetrack.reference.ReferenceData;

/**
 * The missions and Secretariat entities a text names, by acronym or full name, as their acronyms. An acronym
 * counts only as a whole word (a run of ASCII letters, digits, '_' and '-'); a full name anywhere. The text
 * is split into words once and each name found with {@code String.contains}: this runs for every indexed
 * record, millions of them on a reindex, where one regular expression per known name was the slowest step.
 */
final class NamedMentions {

    private record Named(String acronym, String name) {
    }

    private final List<Named> missions;
    private final List<Named> entities;

    NamedMentions(ReferenceData reference) {
        missions = reference.missions().stream().map(m -> new Named(m.acronym(), m.name())).toList();
        entities = reference.entities().stream().map(e -> new Named(e.acronym(), e.name())).toList();
    }

    List<String> missions(String text) {
        return find(missions, text);
    }

    List<String> entities(String text) {
        return find(entities, text);
    }

    private static List<String> find(List<Named> known, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> words = words(text);
        return known.stream().filter(n -> words.contains(n.acronym()) || text.contains(n.name()))
                .map(Named::acronym).toList();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
