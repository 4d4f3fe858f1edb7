package org.peacetrack.indicators.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Horizontal bars, one per mission or category (the largest first, at most {@code SHOWN}); the table lists all. */
public record BreakdownChart(String title, List<Bar> bars, int width, int height) {

    static final int SHOWN = 15;
    static final int WIDTH = 640;
    static final int LABEL = 200;
    static final int ROW = 24;

    public record Bar(String label, double value, double width, int y) {
    }

    static BreakdownChart of(String title, Map<String, Double> values) {
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double scale = max <= 0 ? 0 : (WIDTH - LABEL - 72) / max;
        List<Bar> bars = new ArrayList<>();
        values.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(SHOWN)
                .forEach(e -> bars.add(new Bar(e.getKey(), e.getValue(), Math.max(0, e.getValue() * scale),
                        bars.size() * ROW)));
        return new BreakdownChart(title, bars, WIDTH, Math.max(ROW, bars.size() * ROW));
    }

    public int labelWidth() {
        return LABEL;
    }
}
