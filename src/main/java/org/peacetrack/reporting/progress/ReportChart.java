package org.peacetrack.reporting.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal stacked bar chart laid out for the reports (docs/decisions/0012's manner, ADR 0037): one bar
 * per group, one segment per series, widths in proportion to the largest total, both in SVG units and in
 * percent (the PDF draws the bars as boxes). The same numbers make the table under the chart.
 */
public record ReportChart(String id, String title, List<Series> series, List<Bar> bars, boolean seriesColumns) {

    static final int WIDTH = 640;
    static final int ROW = 44;
    /** Room at the right of the longest bar for its total. */
    static final int TOTAL_ROOM = 56;

    public record Series(String key, String label, String color) {
    }

    public record Segment(Series series, long value, double x, double width, double percent) {
    }

    public record Bar(String label, long total, List<Segment> segments, int y, double end) {

        public long value(Series s) {
            return segments.stream().filter(g -> g.series().equals(s)).mapToLong(Segment::value).sum();
        }
    }

    /** A group's values, one per series in the chart's order. */
    public record Row(String label, List<Long> values) {
    }

    /** seriesColumns: whether the table has a column per series (not when each bar is one series, as a bar per status). */
    static ReportChart of(String id, String title, List<Series> series, List<Row> rows, boolean seriesColumns) {
        long max = rows.stream().mapToLong(r -> r.values().stream().mapToLong(Long::longValue).sum()).max().orElse(0);
        double scale = max == 0 ? 0 : (double) (WIDTH - TOTAL_ROOM) / max;
        List<Bar> bars = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Segment> segments = new ArrayList<>();
            double x = 0;
            long total = 0;
            for (int s = 0; s < series.size(); s++) {
                long value = rows.get(r).values().get(s);
                if (value > 0) {
                    segments.add(new Segment(series.get(s), value, x, value * scale, 85.0 * value / max));
                    x += value * scale;
                    total += value;
                }
            }
            bars.add(new Bar(rows.get(r).label(), total, segments, r * ROW, x));
        }
        return new ReportChart(id, title, List.copyOf(series), bars, seriesColumns);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return Math.max(ROW, bars.size() * ROW);
    }

    /** The reports' tables have no note column (the portal's chart.html fragment, which draws both, asks). */
    public String noteHeading() {
        return null;
    }

    /** Series that occur in at least one bar: the legend and the table leave out empty ones. */
    public List<Series> usedSeries() {
        return series.stream().filter(s -> bars.stream().anyMatch(b -> b.value(s) > 0)).toList();
    }
}
