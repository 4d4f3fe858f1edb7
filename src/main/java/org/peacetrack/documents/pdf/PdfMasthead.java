package org.peacetrack.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.peacetrack.documents.pdf.PdfLines.Line;

/**
 * The masthead at the top of a UN document's first page: the organ and the symbol on one side, the
 * distribution, the date and the original language on the other ("Distr.: General", "8 April 2026",
 * "Original: English"). Its lines are taken before the running heads are removed (the symbol alone on a
 * line looks like one) and are read row by row, left to right, each side of a row a line of its own.
 */
final class PdfMasthead {

    private static final float TOP_PART = 0.45f;
    private static final Pattern LAST_LINE = Pattern.compile("(?i)^(?:\\*{1,3})?original\\s*:.*");
    private static final Pattern DISTRIBUTION = Pattern.compile("(?i)^(?:\\*{1,3})?distr\\b.*");

    private static final Pattern EMPHASIS = Pattern.compile("^\\*{1,3}|\\*{1,3}$");
    /** A document symbol alone ("A/72/573", "A/AC.121/2025/L.1"). */
    private static final Pattern SYMBOL = Pattern.compile("^[A-Z]{1,4}(?:/[A-Za-z0-9.\\-]+){2,5}$");

    private PdfMasthead() {
    }

    /**
     * How many of the first page's lines form its masthead, up to its "Original:" or "Distr." line, or the
     * symbol alone on its first line; 0 where it has none.
     */
    static int length(List<Line> firstPage, float height) {
        int last = -1;
        int distribution = -1;
        for (int i = 0; i < firstPage.size() && firstPage.get(i).baseline() < height * TOP_PART; i++) {
            for (Line part : firstPage.get(i).split()) {
                if (LAST_LINE.matcher(part.text()).matches()) {
                    last = i;
                } else if (DISTRIBUTION.matcher(part.text()).matches()) {
                    distribution = i;
                }
            }
        }
        int length = (last >= 0 ? last : distribution) + 1;
        // Without one, a symbol alone opening the first page states the document's symbol as a masthead would
        // (a browser's print of a published page); taken for a running head, it would be lost.
        boolean symbolOnTop = length == 0 && !firstPage.isEmpty() && firstPage.get(0).lead() == null
                && firstPage.get(0).baseline() < height * TOP_PART
                && SYMBOL.matcher(EMPHASIS.matcher(firstPage.get(0).text()).replaceAll("")).matches();
        return symbolOnTop ? 1 : length;
    }

    /** The masthead's lines in reading order, each side of a row apart. */
    static List<String> lines(List<Line> masthead) {
        List<String> texts = new ArrayList<>();
        for (Line line : masthead) {
            if (line.lead() != null) {
                texts.add(line.lead());
            }
            line.split().forEach(part -> texts.add(EMPHASIS.matcher(part.text()).replaceAll("")));
        }
        return texts;
    }
}
