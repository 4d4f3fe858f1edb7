package org.peacetrack.indicators;

import java.util.List;

/**
 * Open SDG's progress calculation (sdg-build's progress measure, after the UN Statistics Division's SDG
 * progress chart), docs/decisions/0040:
 * <ul>
 * <li>insufficient data: no value after the baseline year, or no target year after it;</li>
 * <li>achieved: the latest value meets the target (at or above it, or at or below it when lower is better);</li>
 * <li>otherwise the actual compound annual growth rate from baseline to latest value is divided by the rate
 * needed from baseline to target: at least 0.95 is on track, from 0 to 0.95 off track (Open SDG's "fair" and
 * "limited" progress), below 0 regressing. When the baseline, latest value or target is at or below zero there is
 * no compound rate; the yearly linear changes are compared instead.</li>
 * </ul>
 */
public final class ProgressMethod {

    static final double ON_TRACK = 0.95;

    private ProgressMethod() {
    }

    /** A value in a year. */
    public record YearValue(int year, double value) {
    }

    public record Outcome(ProgressStatus status, Double ratio) {
    }

    /** The status from a baseline, the yearly values after it, and a target, for a higher- or lower-is-better measure. */
    public static Outcome status(YearValue baseline, List<YearValue> values, YearValue target, boolean higherIsBetter) {
        if (baseline == null || target == null || target.year() <= baseline.year()) {
            return new Outcome(ProgressStatus.INSUFFICIENT_DATA, null);
        }
        YearValue latest = values.stream().filter(v -> v.year() > baseline.year())
                .reduce((a, b) -> b.year() >= a.year() ? b : a).orElse(null);
        if (latest == null) {
            return new Outcome(ProgressStatus.INSUFFICIENT_DATA, null);
        }
        if (higherIsBetter ? latest.value() >= target.value() : latest.value() <= target.value()) {
            return new Outcome(ProgressStatus.ACHIEVED, null);
        }
        boolean compound = baseline.value() > 0 && latest.value() > 0 && target.value() > 0;
        double actual = rate(baseline, latest, compound);
        double required = rate(baseline, target, compound);
        if (required == 0) {
            return new Outcome(actual == 0 ? ProgressStatus.OFF_TRACK : ProgressStatus.REGRESSING, null);
        }
        double ratio = actual / required;
        ProgressStatus status = ratio >= ON_TRACK ? ProgressStatus.ON_TRACK
                : ratio >= 0 ? ProgressStatus.OFF_TRACK : ProgressStatus.REGRESSING;
        return new Outcome(status, ratio);
    }

    private static double rate(YearValue from, YearValue to, boolean compound) {
        int years = to.year() - from.year();
        if (compound) {
            return Math.pow(to.value() / from.value(), 1.0 / years) - 1;
        }
        return (to.value() - from.value()) / years;
    }
}
