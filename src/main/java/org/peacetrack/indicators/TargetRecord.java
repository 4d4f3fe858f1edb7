package org.peacetrack.indicators;

import java.util.Map;

/**
 * A target or a baseline of an indicator for a period, overall ({@code organisation} ALL) or for a mission,
 * and for a slice of dimension values, with the document it comes from.
 */
public record TargetRecord(String indicator, Kind kind, String period, String organisation,
        Map<String, String> dimensions, double value, String sourceDocument) {

    public static final String ALL = "ALL";

    public enum Kind {
        TARGET, BASELINE
    }

    public TargetRecord {
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
        organisation = organisation == null || organisation.isBlank() ? ALL : organisation;
    }
}
