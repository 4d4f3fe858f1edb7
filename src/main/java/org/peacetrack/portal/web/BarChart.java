package org.peacetrack.portal.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal stacked bar chart laid out for SVG (chart.html draws it, or boxes when printed): one bar per
 * group, one segment per series, widths in proportion to the largest total. The same numbers feed the table
 * under the chart.
 */
public record BarChart(String id, String title, List<Series> series, List<Bar> bars, String noteHeading) {

    static final int WIDTH = 640;
    static final int ROW = 44;
    static final int BAR_HEIGHT = 18;
    /** Room at the right of the longest bar for its total. */
    static final int TOTAL_ROOM = 56;

    public record Series(String key, String label, String color) {
    }

    public record Segment(Series series, long value, double x, double width) {

        /** The segment's width in percent of the chart's, for the print variant's boxes (chart.html). */
        public double percent() {
            return 100.0 * width / WIDTH;
        }
    }

    public record Bar(String label, long total, List<Segment> segments, int y, double end, String note) {

        public long value(Series s) {
            return segments.stream().filter(g -> g.series().equals(s)).mapToLong(Segment::value).sum();
        }
    }

    /** A group's values, one per series in the chart's order. */
    public record Row(String label, List<Long> values, String note) {
    }

    static BarChart of(String id, String title, List<Series> series, List<Row> rows, String noteHeading) {
        long max = rows.stream().mapToLong(r -> r.values().stream().mapToLong(Long::longValue).sum()).max().orElse(0);
        double scale = max == 0 ? 0 : (double) (WIDTH - TOTAL_ROOM) / max;
        List<Bar> bars = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<Segment> segments = new ArrayList<>();
            double x = 0;
            long total = 0;
            for (int s = 0; s < series.size(); s++) {
                long value = row.values().get(s);
                if (value > 0) {
                    segments.add(new Segment(series.get(s), value, x, value * scale));
                    x += value * scale;
                    total += value;
                }
            }
            bars.add(new Bar(row.label(), total, segments, r * ROW, x, row.note()));
        }
        return new BarChart(id, title, List.copyOf(series), bars, noteHeading);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return Math.max(ROW, bars.size() * ROW);
    }

    /** Series that occur in at least one bar: the legend and the table leave out empty ones. */
    public List<Series> usedSeries() {
        return series.stream().filter(s -> bars.stream().anyMatch(b -> b.value(s) > 0)).toList();
    }

    /** The legend and the table show a column per series (chart.html's fragment serves the reports' charts too). */
    public boolean seriesColumns() {
        return true;
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
