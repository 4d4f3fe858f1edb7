package org.peacetrack.indicators;

import java.util.SortedMap;

/** A data value a file will store: its key, the combined value of its rows and the first row it came from. */
record PlannedValue(String indicator, Period period, String organisation, SortedMap<String, String> dimensions,
        double sum, int rows, double last, int line) {

    String key() {
        return indicator + "|" + period.code() + "|" + organisation + "|" + comboKey(dimensions);
    }

    double value(Aggregation aggregation) {
        return switch (aggregation) {
            case AVERAGE -> sum / rows;
            case LAST -> last;
            default -> sum;
        };
    }

    PlannedValue plus(double value) {
        return new PlannedValue(indicator, period, organisation, dimensions, sum + value, rows + 1, value, line);
    }

    static String comboKey(SortedMap<String, String> dimensions) {
        StringBuilder key = new StringBuilder();
        dimensions.forEach((d, v) -> key.append(key.isEmpty() ? "" : "|").append(d).append('=').append(v));
        return key.toString();
    }
}
