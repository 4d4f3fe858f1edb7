package org.peacetrack.search;

import java.util.List;
import java.util.regex.Pattern;
import org.peacetrack.reference.ReferenceData;

/** The missions and Secretariat entities a text names, by acronym or full name, as their acronyms. */
final class NamedMentions {

    private record Named(String acronym, Pattern pattern) {
    }

    private final List<Named> missions;
    private final List<Named> entities;

    NamedMentions(ReferenceData reference) {
        missions = reference.missions().stream().map(m -> named(m.acronym(), m.name())).toList();
        entities = reference.entities().stream().map(e -> named(e.acronym(), e.name())).toList();
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
        return known.stream().filter(n -> n.pattern().matcher(text).find()).map(Named::acronym).toList();
    }

    private static Named named(String acronym, String name) {
        String either = "(?<![\\w-])" + Pattern.quote(acronym) + "(?![\\w-])|" + Pattern.quote(name);
        return new Named(acronym, Pattern.compile(either));
    }
}
