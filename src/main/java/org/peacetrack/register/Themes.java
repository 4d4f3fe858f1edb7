package org.peacetrack.register;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peacetrack.reference.A4pTheme;
import org.peacetrack.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The one place where a theme heading meets the reference data: a heading names an A4P theme when the two
 * are the same words, whatever their case and surrounding spaces ("Women and peace and security").
 */
@Component
class Themes {

    private final Map<String, A4pTheme> a4pByKey;

    Themes(ReferenceData reference) {
        a4pByKey = reference.a4pThemes().stream().collect(Collectors.toMap(t -> key(t.name()), Function.identity()));
    }

    /** The theme a heading states; empty for no heading (a recommendation outside any section). */
    Optional<Theme> of(String heading) {
        if (heading == null || heading.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Theme(heading, Optional.ofNullable(a4pByKey.get(key(heading)))));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
