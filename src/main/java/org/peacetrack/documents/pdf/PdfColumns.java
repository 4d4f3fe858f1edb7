package org.peacetrack.documents.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peacetrack.documents.pdf.PdfLines.Line;
import org.peacetrack.documents.pdf.PdfLines.Segment;

/**
 * Reads a page set in two columns column by column. A page is in two columns where many of its lines have a
 * part of several words that starts at one and the same place in the middle of the page (the right
 * column's left edge: a table's cells are figures or short); its
 * lines are then cut there, the left column's lines read first, then the right column's, moved onto the
 * left column's edge so that a paragraph that goes on from one column to the next is re-flowed as one.
 * Lines above the first two-column line (a title across the page) stay first.
 */
final class PdfColumns {

    private static final float BUCKET = 4f;
    private static final float SHARE_OF_LINES = 0.4f;
    private static final int FEWEST_LINES = 6;
    /** A column's line holds words; a table's cell at the same place holds a figure or a few words. */
    private static final int WORDS = 15;

    private PdfColumns() {
    }

    static List<Line> inReadingOrder(List<Line> page) {
        float edge = rightColumnEdge(page);
        if (Float.isNaN(edge)) {
            return page;
        }
        List<Line> top = new ArrayList<>();
        List<Line> left = new ArrayList<>();
        List<Line> right = new ArrayList<>();
        for (Line line : page) {
            List<Segment> before = line.segments().stream().filter(s -> s.end() <= edge).toList();
            List<Segment> after = line.segments().stream().filter(s -> s.x() >= edge - 1).toList();
            if (before.size() + after.size() < Math.max(1, line.segments().size()) || line.segments().isEmpty()) {
                (left.isEmpty() && right.isEmpty() ? top : left).add(line);
                continue;
            }
            if (before.size() == line.segments().size()) {
                left.add(line);
            } else if (after.size() == line.segments().size()) {
                right.add(line);
            } else {
                left.add(part(line, before, 0, true));
                right.add(part(line, after, 0, false));
            }
        }
        float leftEdge = (float) left.stream().mapToDouble(Line::x).min().orElse(0);
        float shift = edge - leftEdge;
        List<Line> ordered = new ArrayList<>(top);
        ordered.addAll(left);
        right.forEach(line -> ordered.add(part(line, line.segments(), shift, line.lead() != null)));
        return ordered;
    }

    /** Where the right column starts, or NaN where the page is not in two columns. */
    private static float rightColumnEdge(List<Line> page) {
        float width = (float) page.stream().mapToDouble(Line::end).max().orElse(0);
        Map<Integer, Integer> starts = new HashMap<>();
        Map<Integer, Float> lowest = new HashMap<>();
        for (Line line : page) {
            line.segments().stream().filter(s -> s.text().length() >= WORDS && s.text().contains(" ")).map(Segment::x)
                    .filter(x -> x > width * 0.3f && x < width * 0.7f).distinct()
                    .forEach(x -> {
                        int bucket = Math.round(x / BUCKET);
                        starts.merge(bucket, 1, Integer::sum);
                        lowest.merge(bucket, x, Math::min);
                    });
        }
        return starts.entrySet().stream().filter(e -> e.getValue() >= FEWEST_LINES && e.getValue() >= page.size() * SHARE_OF_LINES)
                .max(Map.Entry.comparingByValue()).map(e -> lowest.get(e.getKey())).orElse(Float.NaN);
    }

    /** The part of a line made of the given segments, moved left by {@code shift}. */
    private static Line part(Line line, List<Segment> segments, float shift, boolean keepLead) {
        List<Segment> moved = segments.stream().map(s -> new Segment(s.x() - shift, s.end() - shift, s.text())).toList();
        String text = String.join(" ", moved.stream().map(Segment::text).toList());
        float secondWord = segments.size() == line.segments().size() ? line.secondWord() - shift : Float.NaN;
        return new Line(line.baseline(), moved.get(0).x(), moved.get(moved.size() - 1).end(), secondWord,
                keepLead ? line.lead() : null, text, line.size(), line.bold(),
                line.startsWithMark(), moved, line.spaceAtEnd(), line.italic());
    }
}
