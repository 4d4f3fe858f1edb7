package org.peacetrack.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.pdf.PdfLines.Line;

/**
 * A first page with no "Distr." or "Original:" lines (a browser's print of a published page) that opens with
 * the document's symbol alone keeps it as its masthead, where the running heads would have taken it off.
 */
class SymbolOnTopTest {

    private static final float HEIGHT = 792f;

    @Test
    void aSymbolAloneOpeningTheFirstPageIsItsMasthead() {
        List<Line> page = List.of(line(40, "A/72/573"), line(80, "Summary The present report, prepared pursuant to"));

        assertThat(PdfMasthead.length(page, HEIGHT)).isEqualTo(1);
        assertThat(PdfMasthead.lines(page.subList(0, 1))).containsExactly("A/72/573");
    }

    @Test
    void aFirstPageOpeningWithTextHasNoMasthead() {
        List<Line> page = List.of(line(40, "Summary"), line(80, "A/72/573"));

        assertThat(PdfMasthead.length(page, HEIGHT)).isZero();
    }

    @Test
    void aMastheadWithItsOriginalLineEndsThere() {
        List<Line> page = List.of(line(40, "A/80/590"), line(55, "Distr.: General"), line(70, "Original: English"),
                line(120, "Seventy-ninth session"));

        assertThat(PdfMasthead.length(page, HEIGHT)).isEqualTo(3);
    }

    private static Line line(float baseline, String text) {
        return new Line(baseline, 72, null, text, 10f, false, false);
    }
}
