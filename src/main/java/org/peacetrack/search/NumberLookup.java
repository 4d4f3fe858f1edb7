package org.peacetrack.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a query that names a recommendation by number: "A/78/19 para 38", "para 38", "recommendation 38", "38". */
final class NumberLookup {

    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)^(?:(A/\\d{2,3}/19)\\s*,?\\s*)?(?:(?:para(?:graph)?|rec(?:ommendation)?|item|no)\\.?\\s*)?(\\d{1,4})$");

    record ItemNumber(String frameworkCode, int number) {
    }

    private NumberLookup() {
    }

    static Optional<ItemNumber> in(String query) {
        Matcher m = REFERENCE.matcher(query.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String code = m.group(1) == null ? null : m.group(1).toUpperCase();
        return Optional.of(new ItemNumber(code, Integer.parseInt(m.group(2))));
    }
}
