package org.peacetrack.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.peacetrack.documents.PdfLines.Line;

/**
 * Re-flows one page's lines into blocks: a new block where the vertical gap exceeds the line spacing,
 * where the text moves to another column or font, or where a line opens with a paragraph number or a
 * numbered heading.
 */
final class PdfParagraphs {

    private static final float GAP_TOLERANCE = 1.3f;
    private static final Pattern OPENS_PARAGRAPH = Pattern.compile("^(?:[IVXL]{1,6}\\.|[A-H]\\.|\\d{1,3}\\.)\\s+\\p{Lu}.*");

    private PdfParagraphs() {
    }

    static List<PdfBlock> of(List<Line> lines, float leading) {
        List<PdfBlock> blocks = new ArrayList<>();
        Line previous = null;
        for (Line line : lines) {
            PdfBlock current = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (current == null || startsBlock(current, previous, line, leading)) {
                blocks.add(new PdfBlock(line));
            } else {
                current.lines.add(line.text());
            }
            previous = line;
        }
        return blocks;
    }

    private static boolean startsBlock(PdfBlock current, Line previous, Line line, float leading) {
        float tolerance = Math.max(previous.size(), line.size());
        float spacing = Math.max(leading, 1.15f * tolerance);
        return line.lead() != null
                || line.baseline() - previous.baseline() > spacing * GAP_TOLERANCE
                || line.x() > previous.x() + tolerance
                || (line.x() < previous.x() - tolerance && current.lines.size() > 1)
                || line.bold() != previous.bold()
                || Math.abs(line.size() - previous.size()) > 0.5f
                || (OPENS_PARAGRAPH.matcher(line.text()).matches() && line.x() <= current.x + 1);
    }
}
