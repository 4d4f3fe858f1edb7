package org.peacetrack.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.peacetrack.documents.pdf.PdfLines.Line;

/**
 * Takes the footnote area off the bottom of each page: the run of small-type lines at the bottom whose
 * first line opens with a superscript mark. Each mark starts a definition, written {@code <sup>a</sup> text}.
 */
final class PdfFootnotes {

    private static final float SMALL_TYPE = 0.9f;
    /** The short rule drawn with underscores above a page's footnotes. */
    private static final Pattern SEPARATOR = Pattern.compile("^(?:\\*{1,3})?_{5,}(?:\\*{1,3})?$");

    private final float bodySize;
    private final List<PdfBlock> definitions = new ArrayList<>();

    PdfFootnotes(float bodySize) {
        this.bodySize = bodySize;
    }

    /** The page's lines without its footnote area, whose definitions are kept here. */
    List<Line> takeFrom(List<Line> page) {
        int start = page.size();
        while (start > 0 && page.get(start - 1).size() <= bodySize * SMALL_TYPE && page.get(start - 1).lead() == null) {
            start--;
        }
        while (start < page.size() && !page.get(start).startsWithMark()) {
            start++;
        }
        int body = start > 0 && start < page.size() && SEPARATOR.matcher(page.get(start - 1).text()).matches()
                ? start - 1 : start;
        for (Line line : page.subList(start, page.size())) {
            if (line.startsWithMark() || definitions.isEmpty()) {
                definitions.add(new PdfBlock(line));
            } else {
                definitions.get(definitions.size() - 1).add(line);
            }
        }
        return page.subList(0, body);
    }

    List<PdfBlock> definitions() {
        return definitions;
    }
}
