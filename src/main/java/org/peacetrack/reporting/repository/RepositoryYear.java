package org.peacetrack.reporting.repository;

import java.util.List;

/**
 * The Secretariat's online repository of a year's recommendations of the Special Committee: its session's
 * recommendations grouped by theme, in the order the report presents its themes (by first number).
 */
public record RepositoryYear(int year, String session, List<ThemeGroup> themes) {

    /** A theme's recommendations; theme is null for those the records give no theme. */
    public record ThemeGroup(String theme, List<SessionItem> items) {
    }

    public List<SessionItem> items() {
        return themes.stream().flatMap(t -> t.items().stream()).sorted(java.util.Comparator.comparingInt(
                SessionItem::number)).toList();
    }
}
