package org.peacetrack.indicators.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peacetrack.indicators.Point;

/**
 * A time series laid out for SVG (indicator-chart.html draws it): the values as a line broken where a period
 * has none, targets as marked points joined by a dashed line from the baseline, on a continuous axis of years
 * or months. The same numbers fill the table under the chart.
 */
public record LineChart(String title, String path, String targetPath, List<Mark> marks, List<Tick> ticks, List<Tick> grid,
        int width, int height) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 64;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 36;

    /** A marked point: a target, the baseline, or the latest value. */
    public record Mark(String kind, String period, double value, double x, double y) {
    }

    public record Tick(String label, double x, double y) {
    }

    static LineChart of(String title, List<Point> values, Map<String, Double> targets, Map<String, Double> baselines,
            boolean monthly) {
        List<String> axis = axis(values, targets, baselines, monthly);
        double max = 0;
        for (Point p : values) {
            max = Math.max(max, p.value() == null ? 0 : p.value());
        }
        for (double t : targets.values()) {
            max = Math.max(max, t);
        }
        for (double b : baselines.values()) {
            max = Math.max(max, b);
        }
        double top = niceTop(max);
        Map<String, Double> byPeriod = new LinkedHashMap<>();
        values.forEach(p -> byPeriod.put(p.period(), p.value()));
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < axis.size(); i++) {
            Double v = byPeriod.get(axis.get(i));
            if (v == null) {
                drawing = false;
                continue;
            }
            path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M")).append(fmt(x(i, axis.size()))).append(' ')
                    .append(fmt(y(v, top)));
            drawing = true;
        }
        List<Mark> marks = new ArrayList<>();
        baselines.forEach((period, v) -> marks.add(mark("baseline", period, v, axis, top, monthly)));
        targets.forEach((period, v) -> marks.add(mark("target", period, v, axis, top, monthly)));
        StringBuilder targetPath = new StringBuilder();
        marks.stream().sorted((a, b) -> Double.compare(a.x(), b.x())).forEach(m -> targetPath
                .append(targetPath.isEmpty() ? "M" : " L").append(fmt(m.x())).append(' ').append(fmt(m.y())));
        return new LineChart(title, path.toString(), marks.size() > 1 ? targetPath.toString() : "", marks,
                ticks(axis, monthly), grid(top), WIDTH, HEIGHT);
    }

    private static Mark mark(String kind, String period, double value, List<String> axis, double top, boolean monthly) {
        String at = monthly && period.length() == 4 ? period + "-12" : period;
        int index = Math.max(0, axis.indexOf(at));
        return new Mark(kind, period, value, x(index, axis.size()), y(value, top));
    }

    /** Every year (or month) from the first value, target or baseline to the last. */
    private static List<String> axis(List<Point> values, Map<String, Double> targets, Map<String, Double> baselines,
            boolean monthly) {
        List<String> periods = new ArrayList<>(values.stream().map(Point::period).toList());
        targets.keySet().forEach(p -> periods.add(monthly && p.length() == 4 ? p + "-12" : p));
        baselines.keySet().forEach(p -> periods.add(monthly && p.length() == 4 ? p + "-12" : p));
        List<String> axis = new ArrayList<>();
        if (periods.isEmpty()) {
            return axis;
        }
        String first = periods.stream().min(String::compareTo).orElseThrow();
        String last = periods.stream().max(String::compareTo).orElseThrow();
        if (monthly) {
            for (YearMonth m = YearMonth.parse(first.substring(0, 7)); !m.isAfter(YearMonth.parse(last.substring(0, 7)));
                    m = m.plusMonths(1)) {
                axis.add(m.toString());
            }
        } else {
            for (int y = Integer.parseInt(first.substring(0, 4)); y <= Integer.parseInt(last.substring(0, 4)); y++) {
                axis.add(String.valueOf(y));
            }
        }
        return axis;
    }

    private static List<Tick> ticks(List<String> axis, boolean monthly) {
        List<String> years = axis.stream().filter(p -> !monthly || p.endsWith("-01") || p.equals(axis.get(0))).toList();
        int step = Math.max(1, (int) Math.ceil(years.size() / 10.0));
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < years.size(); i += step) {
            String p = years.get(i);
            ticks.add(new Tick(p.substring(0, 4), x(axis.indexOf(p), axis.size()), HEIGHT - BOTTOM + 18));
        }
        return ticks;
    }

    private static List<Tick> grid(double top) {
        List<Tick> grid = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            grid.add(new Tick(label(v), LEFT - 6, y(v, top)));
        }
        return grid;
    }

    static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT;
        return count <= 1 ? LEFT + span / 2 : LEFT + span * index / (count - 1);
    }

    static double y(double value, double top) {
        double span = HEIGHT - TOP - BOTTOM;
        return top == 0 ? HEIGHT - BOTTOM : HEIGHT - BOTTOM - span * value / top;
    }

    static double niceTop(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String label(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }
}
