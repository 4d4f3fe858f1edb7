package org.peacetrack.documents.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetrack.documents.format.InlineEmphasis;
import org.peacetrack.documents.pdf.PdfGlyphs.Glyph;

/**
 * Groups a page's glyphs into lines by baseline. Small glyphs set just above a line are its superscripts
 * (footnote marks); a wide gap splits a line into columns, and a paragraph number alone in the left
 * column becomes the line's {@code lead}.
 */
final class PdfLines {

    /**
     * One line of a page. {@code secondWord} is where its second word starts, which is where a hanging
     * indent puts the next line of a labelled heading or list item ("IV.  Proposed budget ..."). {@code
     * spaceAtEnd}: the producer set a space after the last word, as it does after a suspended hyphen
     * ("troop- " / "and police-contributing") and not inside a compound broken at its hyphen.
     */
    record Line(float baseline, float x, float end, float secondWord, String lead, String text, float size,
            boolean bold, boolean startsWithMark, List<Segment> segments, boolean spaceAtEnd, boolean italic) {

        Line(float baseline, float x, String lead, String text, float size, boolean bold, boolean startsWithMark) {
            this(baseline, x, x, Float.NaN, lead, text, size, bold, startsWithMark, List.of(), false, false);
        }

        /**
         * The line without the figure cells that end it, and those cells, each a line of its own: the last line
         * of a table row ("7.  Meetings of the General Assembly ...   4   4   4   4"), whose cells Word holds
         * apart. Empty where the line ends in text.
         */
        List<Line> cells(List<Float> columnEnds) {
            int first = segments.size();
            while (first > 1 && FIGURE_CELL.matcher(PLAIN.matcher(segments.get(first - 1).text()).replaceAll("")).matches()) {
                first--;
            }
            if (first == segments.size()) {
                return List.of();
            }
            List<Segment> kept = new ArrayList<>(segments.subList(0, first));
            List<Segment> cells = new ArrayList<>(segments.subList(first, segments.size()));
            Segment last = kept.get(kept.size() - 1);
            Matcher figure = TRAILING_FIGURE.matcher(last.text());
            if (kept.size() == 1 && figure.matches() && columnEnds.stream().anyMatch(end -> Math.abs(end - last.end()) <= 1.5f)) {
                // The text ran up to the first figure column, closer than a column gap: the figure ends where
                // that column's figures end in the table's other rows.
                float width = figure.group(2).length() * size / 2;
                kept.set(0, new Segment(last.x(), last.end() - width - size / 4, figure.group(1)));
                cells.add(0, new Segment(last.end() - width, last.end(), figure.group(2)));
            }
            List<Line> parts = new ArrayList<>();
            parts.add(new Line(baseline, x, kept.get(kept.size() - 1).end(), secondWord, lead,
                    String.join(" ", kept.stream().map(Segment::text).toList()), size, bold, startsWithMark, kept, false, italic));
            cells.forEach(s -> parts.add(new Line(baseline, s.x(), s.end(), Float.NaN, null, s.text(), size, bold, false,
                    List.of(s), false, italic)));
            return parts;
        }

        /** The line's parts apart by column gaps, each a line of its own (the masthead's left and right sides). */
        List<Line> split() {
            if (segments.size() < 2) {
                return List.of(this);
            }
            return segments.stream().map(s -> new Line(baseline, s.x(), s.end(), Float.NaN, null, s.text(), size,
                    bold, false, List.of(s), false, italic)).toList();
        }
    }

    /** A run of the line between column gaps. */
    record Segment(float x, float end, String text) {
    }

    private record Mark(Glyph glyph, boolean superscript) {
    }

    private static final float SAME_BASELINE = 1.0f;
    /**
     * A mark is set smaller than its line (Word about two thirds, a browser's "smaller" five sixths); under nine
     * tenths is smaller than the half-point rounding of sizes explains, so it is no text of the line's own size.
     */
    private static final float SUPERSCRIPT_SIZE_RATIO = 0.9f;
    private static final float COLUMN_GAP = 2.5f;
    private static final float WORD_GAP = 0.2f;
    /**
     * The tab after a line's opening label ("VII.Partnering" set 0.18 em apart) is narrower than a word space
     * where the label is wide; a gap over a tenth of the type size after it is more than any kerning.
     */
    private static final float LABEL_GAP = 0.1f;
    /** Words whose type sizes differ this much belong to different sides of the row ("General Assembly  Distr.: General"). */
    private static final float SIDE_SIZE_RATIO = 1.5f;
    /** A footnote mark is a few characters ("a", "12", "a,b"); a longer raised run is text of its own. */
    private static final int LONGEST_MARK = 5;
    /** A table cell holding a figure, a nil dash or a share ("36", "1 250.3", "–", "12%", "(4)"). */
    private static final Pattern FIGURE_CELL = Pattern.compile("[\\p{N}(][\\p{N}\\s.,%()]*|[–—-]");
    private static final Pattern TRAILING_FIGURE = Pattern.compile("(.*\\S)\\s+(\\p{N}[\\p{N}.,%]*)");
    /** A paragraph's or heading's label set apart by a tab ("114.", "IV.", "(a)", "•"). */
    private static final Pattern LABEL = Pattern.compile("\\d{1,3}\\.|[IVXL]{1,6}\\.|[A-Z]\\.|\\([a-z]{1,4}\\)|[•◦▪‣●○■□➢]");
    private static final Pattern PLAIN = Pattern.compile("\\*{1,3}|</?u>|<sup>[^<]*</sup>");
    private static final Pattern ENTRY_NUMBER = Pattern.compile("^\\d{1,3}(?:<sup>[^<]{1,8}</sup>)*$");

    private PdfLines() {
    }

    static List<Line> of(List<Glyph> glyphs) {
        List<List<Mark>> rows = rows(glyphs);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Mark> row = rows.get(i);
            if (i + 1 < rows.size() && isSuperscriptOf(row, rows.get(i + 1))) {
                row.replaceAll(m -> new Mark(m.glyph(), true));
                rows.get(i + 1).addAll(row);
                continue;
            }
            line(row).ifPresent(lines::add);
        }
        return withNumbersAsLeads(lines);
    }

    /**
     * A number alone in a left column just above the first line of the text beside it (a table's entry
     * number, top-aligned while its cell's paragraph starts a little lower) is that line's lead.
     */
    private static List<Line> withNumbersAsLeads(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (next != null && line.lead() == null && next.lead() == null && line.segments().size() == 1
                    && ENTRY_NUMBER.matcher(line.text()).matches() && next.x() > line.end() + line.size()
                    && next.baseline() - line.baseline() <= 1.6f * line.size() && next.baseline() > line.baseline()) {
                out.add(new Line(next.baseline(), next.x(), next.end(), next.secondWord(), line.text(), next.text(),
                        next.size(), next.bold(), false, next.segments(), next.spaceAtEnd(), next.italic()));
                i++;
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static List<List<Mark>> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Mark>> rows = new ArrayList<>();
        float baseline = Float.NaN;
        for (Glyph glyph : sorted) {
            if (rows.isEmpty() || Math.abs(glyph.baseline() - baseline) > SAME_BASELINE) {
                rows.add(new ArrayList<>());
                baseline = glyph.baseline();
            }
            rows.get(rows.size() - 1).add(new Mark(glyph, false));
        }
        return rows;
    }

    private static boolean isSuperscriptOf(List<Mark> row, List<Mark> below) {
        List<Mark> visible = row.stream().filter(m -> !m.glyph().text().isBlank()).toList();
        if (visible.isEmpty()) {
            // A row of nothing but spaces marks nothing; merged into the line below, its spaces would split words.
            return false;
        }
        float size = dominantSize(visible);
        float belowSize = dominantSize(below);
        float raise = below.get(0).glyph().baseline() - row.get(0).glyph().baseline();
        return size <= belowSize * SUPERSCRIPT_SIZE_RATIO && raise > 0 && raise < belowSize * 0.7f
                && longestRun(row, size) <= LONGEST_MARK;
    }

    /** The most characters that the row sets without a gap of half its size. */
    private static int longestRun(List<Mark> row, float size) {
        List<Mark> sorted = new ArrayList<>(row);
        sorted.sort(Comparator.comparingDouble(m -> m.glyph().x()));
        int longest = 0;
        int run = 0;
        float end = Float.NEGATIVE_INFINITY;
        for (Mark mark : sorted) {
            Glyph g = mark.glyph();
            if (g.text().isBlank() || g.x() - end > size * 0.5f) {
                run = 0;
            }
            if (!g.text().isBlank()) {
                run += g.text().length();
                longest = Math.max(longest, run);
            }
            end = g.x() + g.width();
        }
        return longest;
    }

    private static Optional<Line> line(List<Mark> row) {
        row.sort(Comparator.comparingDouble(m -> m.glyph().x()));
        List<StringBuilder> segments = new ArrayList<>();
        List<Float> starts = new ArrayList<>();
        List<Float> ends = new ArrayList<>();
        float size = dominantSize(row);
        float end = Float.NEGATIVE_INFINITY;
        boolean inSup = false;
        boolean pendingSpace = false;
        float secondWord = Float.NaN;
        float previousSize = size;
        boolean mixedStyles = mixedStyles(row);
        InlineEmphasis emphasis = new InlineEmphasis();
        StringBuilder text = null;
        for (Mark mark : row) {
            Glyph g = mark.glyph();
            if (g.text().isBlank()) {
                end = Math.max(end, g.x() + g.width());
                pendingSpace = true;
                continue;
            }
            float gap = g.x() - end;
            String marker = mixedStyles && !mark.superscript() ? InlineEmphasis.marker(g.bold(), g.italic(), false)
                    : InlineEmphasis.NONE;
            boolean sizeBreak = text != null && !mark.superscript() && (pendingSpace || gap > WORD_GAP * size)
                    && Math.max(g.size(), previousSize) > SIDE_SIZE_RATIO * Math.min(g.size(), previousSize);
            if (text == null || sizeBreak || gap > COLUMN_GAP * Math.min(size, Math.min(g.size(), previousSize))) {
                if (text != null && inSup) {
                    text.append("</sup>");
                }
                if (text != null) {
                    text.append(emphasis.close());
                }
                inSup = false;
                text = new StringBuilder();
                segments.add(text);
                starts.add(g.x());
                ends.add(g.x());
            } else {
                boolean space = (pendingSpace || gap > WORD_GAP * size
                        || gap > LABEL_GAP * size && segments.size() == 1 && LABEL.matcher(text).matches()) && text.length() > 0;
                if (inSup && !mark.superscript()) {
                    text.append("</sup>");
                    inSup = false;
                }
                if (!mark.superscript() && !marker.equals(emphasis.open())) {
                    text.append(emphasis.close());
                }
                if (space && !inSup) {
                    text.append(' ');
                    if (segments.size() == 1 && Float.isNaN(secondWord)) {
                        secondWord = g.x();
                    }
                }
            }
            if (!mark.superscript()) {
                text.append(emphasis.switchTo(marker));
            }
            if (mark.superscript() && !inSup) {
                text.append("<sup>");
                inSup = true;
            }
            pendingSpace = false;
            text.append(g.text());
            end = g.x() + g.width();
            previousSize = g.size();
            ends.set(ends.size() - 1, end);
        }
        if (text == null) {
            return Optional.empty();
        }
        if (inSup) {
            text.append("</sup>");
        }
        text.append(emphasis.close());
        boolean startsWithMark = row.stream().filter(m -> !m.glyph().text().isBlank()).findFirst()
                .map(Mark::superscript).orElse(false);
        boolean bold = row.stream().filter(m -> !m.superscript() && !m.glyph().text().isBlank())
                .allMatch(m -> m.glyph().bold());
        boolean italic = row.stream().filter(m -> !m.superscript() && !m.glyph().text().isBlank())
                .allMatch(m -> m.glyph().italic());
        float baseline = row.stream().filter(m -> !m.superscript()).map(m -> m.glyph().baseline()).findFirst()
                .orElse(row.get(0).glyph().baseline());
        List<Segment> parts = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            parts.add(new Segment(starts.get(i), ends.get(i), segments.get(i).toString().strip()));
        }
        float lineEnd = ends.get(ends.size() - 1);
        String first = parts.get(0).text();
        if (parts.size() > 1 && ENTRY_NUMBER.matcher(first).matches()) {
            String rest = String.join(" ", parts.subList(1, parts.size()).stream().map(Segment::text).toList());
            return Optional.of(new Line(baseline, starts.get(1), lineEnd, Float.NaN, first, rest, size, bold, false,
                    parts.subList(1, parts.size()), pendingSpace, italic));
        }
        if (parts.size() > 1 && LABEL.matcher(first).matches()) {
            secondWord = starts.get(1);
        }
        String all = String.join(" ", parts.stream().map(Segment::text).toList());
        return Optional.of(new Line(baseline, starts.get(0), lineEnd, secondWord, null, all, size, bold,
                startsWithMark, parts, pendingSpace, italic));
    }

    /** Whether the line's text mixes styles, so that the emphasised part (a bold-italic lead) stands out. */
    private static boolean mixedStyles(List<Mark> row) {
        return row.stream().filter(m -> !m.superscript() && !m.glyph().text().isBlank())
                .map(m -> InlineEmphasis.marker(m.glyph().bold(), m.glyph().italic(), false)).distinct().count() > 1;
    }

    static float dominantSize(List<Mark> row) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Mark m : row) {
            counts.merge(Math.round(m.glyph().size() * 2) / 2f, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }
}
