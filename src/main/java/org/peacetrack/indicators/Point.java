package org.peacetrack.indicators;

/** One value of a series: its period code and value (null when the period has no data for a ratio's denominator). */
public record Point(String period, Double value) {
}
