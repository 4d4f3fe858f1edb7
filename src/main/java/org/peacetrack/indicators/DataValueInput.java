package org.peacetrack.indicators;

import java.util.Map;

/** A data value written through the API: its key and value. */
public record DataValueInput(String period, String organisation, Map<String, String> dimensions, double value) {
}
