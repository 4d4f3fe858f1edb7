package org.peacetrack.indicators;

import java.time.Instant;
import java.util.Map;

/** A stored data value with where it came from: the import and file, the row, and who changed it when. */
public record DataValueRow(String indicator, String period, String organisation, Map<String, String> dimensions,
        double value, Long importId, String fileName, Integer sourceRow, String changedBy, Instant changedAt) {
}
