package org.peacetrack.indicators;

/** How an indicator's values combine over rows, organisations and sub-periods. */
public enum Aggregation {
    /** Counts and flows: add. */
    SUM,
    /** Durations and rates per case: the mean of the values. */
    AVERAGE,
    /** Stocks (personnel deployed): the latest sub-period's values, added over organisations. */
    LAST,
    /** One indicator divided by another over the same slice, times a scale (100 for a percentage). */
    RATIO
}
