package org.peacetrack.indicators.web;

/** One row of the table behind a time series: the period, its value, and the target or baseline set for it. */
public record SeriesRow(String period, Double value, Double target, Double baseline) {
}
