package org.peacetrack.register;

import java.util.Optional;
import org.peacetrack.reference.A4pTheme;

/**
 * A recommendation's theme (ADR 0048): the heading its report files it under, worded as the report words it
 * (what pages, lists, facets and downloads show), and the A4P theme of the reference data that the heading
 * names, if it names one (the item then serves that theme's item of the A4P framework). Made by {@link Themes}.
 */
public record Theme(String heading, Optional<A4pTheme> a4p) {

    public Theme {
        if (heading == null || heading.isBlank()) {
            throw new IllegalArgumentException("A theme has a heading");
        }
        a4p = a4p == null ? Optional.empty() : a4p;
    }
}
