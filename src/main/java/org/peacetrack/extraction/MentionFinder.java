package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetrack.reference.ReferenceData;

/** Finds the documents, resolutions, missions and entities a text names, against the reference data. */
final class MentionFinder {

    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\w/])(?:A|S|E|ST/SGB|ST/AI|ST/IC|A/RES|S/RES|A/C\\.\\d)/(?:[A-Z]+/)?\\d+(?:/(?:Add|Rev|Corr)?\\.?\\d+)*(?:/(?:Add|Rev|Corr)\\.\\d+)*");
    private static final Pattern RESOLUTIONS = Pattern.compile(
            "resolutions?\\s+((?:(?:\\d{3,4} \\(\\d{4}\\)|\\d{2}/\\d{1,3})(?:,\\s*|\\s+and\\s+)?)+)");
    private static final Pattern ONE_RESOLUTION = Pattern.compile("\\d{3,4} \\(\\d{4}\\)|\\d{2}/\\d{1,3}");

    private final List<Named> missions = new ArrayList<>();
    private final List<Named> entities = new ArrayList<>();

    private record Named(String acronym, Pattern pattern) {
    }

    MentionFinder(ReferenceData reference) {
        reference.missions().forEach(m -> missions.add(named(m.acronym(), m.name())));
        reference.entities().forEach(e -> entities.add(named(e.acronym(), e.name())));
    }

    Mentions in(String text) {
        return new Mentions(symbols(text), resolutions(text), names(missions, text), names(entities, text));
    }

    private static List<String> symbols(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return List.copyOf(found);
    }

    private static List<String> resolutions(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher list = RESOLUTIONS.matcher(text);
        while (list.find()) {
            Matcher one = ONE_RESOLUTION.matcher(list.group(1));
            while (one.find()) {
                found.add(one.group());
            }
        }
        return List.copyOf(found);
    }

    private static List<String> names(List<Named> known, String text) {
        return known.stream().filter(n -> n.pattern().matcher(text).find()).map(Named::acronym).toList();
    }

    private static Named named(String acronym, String name) {
        String either = "(?<![\\w-])" + Pattern.quote(acronym) + "(?![\\w-])|" + Pattern.quote(name);
        return new Named(acronym, Pattern.compile(either));
    }
}
