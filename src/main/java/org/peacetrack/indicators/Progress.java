package org.peacetrack.indicators;

import java.util.Map;

/**
 * An indicator's progress towards one target for one slice: the baseline, the latest value and the target,
 * each with its year, and the status computed from them ({@code ratio}: actual over required growth).
 */
public record Progress(String indicator, Map<String, String> slice, ProgressStatus status, Integer baselineYear,
        Double baseline, String baselineSource, Integer latestYear, Double latest, Integer targetYear, Double target,
        String targetSource, Double ratio) {
}
