package org.peacetrack.documents.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.peacetrack.documents.pdf.PdfLines.Line;

/**
 * Re-flows one page's lines into blocks: a new block where the vertical gap exceeds the line spacing,
 * where the text moves to another column or indent, or where a line opens with a paragraph number or a
 * numbered heading (at the block's indent, or after a line of another weight: a bold heading whose
 * paragraph number is set further in). A change of weight or size starts a block only after a line that ended short of the
 * right margin: a bold sentence inside a paragraph ("The Advisory Committee trusts ...") stays in it. A
 * table row's figure cells are blocks of their own, and the row's text ends with them; so is a list of links
 * set on lines of their own.
 */
final class PdfParagraphs {

    private static final float GAP_TOLERANCE = 1.3f;
    private static final float HEADING_SIZE_STEP = 1.5f;
    private static final float EDGE_BUCKET = 4f;
    private static final Pattern OPENS_PARAGRAPH = Pattern.compile(
            "^(?:[IVXL]{1,6}\\.|[A-H]\\.|\\d{1,3}\\.)\\s+(?:\\*{1,3}|<u>)?[\\p{Lu}\"“‘(].*");
    /** A list item opened by its bullet ("• UNSOS: May/June 2018 ..."). */
    private static final Pattern BULLET = Pattern.compile("^[•◦▪‣●○■□➢]\\s+\\S.*");
    /**
     * A line that is only a web address. Set after a forced line break (no space glyph at the end of the line
     * before, where the producer sets one where it wraps), it opens a list of links that a converter put
     * between the lines of a paragraph, which stands apart as the text reader sets it apart; an address that
     * a sentence wrapped onto a line of its own ("available at" / "https://...") stays in its paragraph.
     */
    /** A line of web addresses alone ("https://undocs.org/S/RES/1325(2000)"), one or several. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("^(?:<?https?://\\S+>?\\s*)+$");
    /** A cross-reference wrapped before its number ("see ibid., para." / "7. The ..."), not a new paragraph. */
    private static final Pattern ENDS_WITH_REFERENCE = Pattern.compile(".*\\b(?:paras?|No|Nos|art|arts|sect)\\.\\**$");

    private PdfParagraphs() {
    }

    static List<PdfBlock> of(List<Line> lines, float leading) {
        return of(lines, leading, false);
    }

    /** {@code spacesAtLineEnds}: the producer sets a space glyph at the end of a line it wraps between words. */
    static List<PdfBlock> of(List<Line> lines, float leading, boolean spacesAtLineEnds) {
        List<PdfBlock> blocks = new ArrayList<>();
        Map<Float, Float> rightEdges = rightEdges(lines);
        Line previous = null;
        boolean rowEnded = false;
        List<Float> columnEnds = lines.stream().flatMap(l -> l.cells(List.of()).stream().skip(1)).map(Line::end).toList();
        for (Line whole : lines) {
            List<Line> cells = whole.cells(columnEnds);
            Line line = cells.isEmpty() ? whole : cells.get(0);
            PdfBlock current = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (current == null || rowEnded || startsBlock(current, previous, line, leading, rightEdges.get(previous.size()))
                    || linkListEdge(current, previous, line, spacesAtLineEnds)) {
                blocks.add(new PdfBlock(line));
            } else {
                current.add(line);
            }
            cells.stream().skip(1).forEach(cell -> blocks.add(new PdfBlock(cell)));
            rowEnded = !cells.isEmpty();
            previous = whole;
        }
        for (PdfBlock block : blocks) {
            Line last = block.lines.get(block.lines.size() - 1);
            block.endsFull = block.lineCount() > 1 && last.end() >= rightEdges.getOrDefault(last.size(), last.end()) - 2 * last.size();
        }
        return blocks;
    }

    static boolean opensParagraph(String line) {
        return OPENS_PARAGRAPH.matcher(line).matches();
    }

    static boolean isWebAddress(Line line) {
        return WEB_ADDRESS.matcher(line.text()).matches();
    }

    /** Whether a list of links opens after a forced line break, set apart from the text before it. */
    static boolean opensLinkList(Line previous, Line line, boolean spacesAtLineEnds) {
        return spacesAtLineEnds && isWebAddress(line) && !isWebAddress(previous) && !previous.spaceAtEnd();
    }

    /** A list of links starts a block, and so does the text after it. */
    private static boolean linkListEdge(PdfBlock current, Line previous, Line line, boolean spacesAtLineEnds) {
        return opensLinkList(previous, line, spacesAtLineEnds) || current.webAddresses() && !isWebAddress(line);
    }

    private static boolean startsBlock(PdfBlock current, Line previous, Line line, float leading, float rightEdge) {
        float tolerance = Math.max(previous.size(), line.size());
        float spacing = Math.max(leading, 1.15f * tolerance);
        boolean endedShort = previous.end() < rightEdge - 2 * tolerance;
        float sizeChange = Math.abs(line.size() - previous.size());
        return line.lead() != null
                || line.baseline() - previous.baseline() > spacing * GAP_TOLERANCE
                || (line.x() > previous.x() + tolerance && !hangs(current, previous, line, tolerance))
                || (line.x() < previous.x() - tolerance && current.lineCount() > 1)
                || sizeChange >= HEADING_SIZE_STEP
                || (endedShort && sizeChange > 0.5f)
                || (endedShort && line.bold() != previous.bold() && !afterLead(current, line))
                || (BULLET.matcher(line.text()).matches() && line.x() <= current.x + 1)
                || (OPENS_PARAGRAPH.matcher(line.text()).matches()
                        && (line.x() <= current.x + 1 || line.bold() != previous.bold())
                        && !ENDS_WITH_REFERENCE.matcher(previous.text()).matches());
    }

    /**
     * A numbered paragraph whose first line sets an emphasised lead inline ("1. ***Ensuring that units ...***")
     * goes on in regular type after the lead's last line, which may end short of the margin.
     */
    private static boolean afterLead(PdfBlock current, Line line) {
        Line first = current.lines.get(0);
        return !line.bold() && !first.bold() && first.text().matches("^\\d{1,3}\\.\\s+\\*{2,3}.*")
                && current.lines.stream().skip(1).allMatch(Line::bold);
    }

    /**
     * The second line of a labelled heading or item, set under the text after the label, or at the hanging
     * indent where a wide label ("114.") pushed the first line's text past it.
     */
    private static boolean hangs(PdfBlock current, Line previous, Line line, float tolerance) {
        if (current.lineCount() != 1 || Float.isNaN(previous.secondWord())) {
            return false;
        }
        boolean labelled = OPENS_PARAGRAPH.matcher(previous.text()).matches() || BULLET.matcher(previous.text()).matches();
        return Math.abs(line.x() - previous.secondWord()) <= tolerance
                || labelled && line.x() < previous.secondWord() && line.x() > previous.x();
    }

    /**
     * Where the full lines of the page's text end, for each size of type on it (a table's small type runs
     * wider than the text): the commonest end within a few points when three lines or more end there
     * (justified text), else the furthest.
     */
    private static Map<Float, Float> rightEdges(List<Line> lines) {
        Map<Float, Map<Integer, Integer>> ends = new HashMap<>();
        Map<Float, Float> furthest = new HashMap<>();
        for (Line line : lines) {
            ends.computeIfAbsent(line.size(), s -> new HashMap<>()).merge(Math.round(line.end() / EDGE_BUCKET), 1, Integer::sum);
            furthest.merge(line.size(), line.end(), Math::max);
        }
        Map<Float, Float> edges = new HashMap<>();
        ends.forEach((size, counts) -> edges.put(size, counts.entrySet().stream().filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() * EDGE_BUCKET).orElse(furthest.get(size))));
        return edges;
    }
}
