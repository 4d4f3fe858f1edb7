package org.peacetrack.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.pdf.PdfGlyphs.Glyph;

/**
 * A page that opens with web addresses set apart, and then the sentence the page before left open, holds a
 * link list put inside that sentence, not its rest; an address that a sentence ran onto a page stays in it.
 */
class LinkListAtPageTopTest {

    private static final float HEIGHT = 792f;
    private static final String OPEN_PARAGRAPH = "41. Protecting civilians is fundamentally about preventing violence and";
    private static final String OPEN_END = "conflict, with steps to improve preparedness through capacity-building,";

    @Test
    void addressesBeforeTheOpenSentenceResumesAreNotItsRest() {
        String text = read(page(2, "https://undocs.org/S/RES/1325(2000)", "improved planning and situational awareness."));

        assertThat(text).contains("capacity-building,\n").doesNotContain("capacity-building, https");
    }

    @Test
    void anAddressThatEndsTheOpenSentenceStaysInIt() {
        String text = read(page(2, "https://www.un.org/en/peacekeeping.", "42. The Departments have supported missions."));

        assertThat(text).contains("capacity-building, https://www.un.org/en/peacekeeping.");
    }

    private static String read(PdfGlyphs.Page second) {
        List<Glyph> first = new ArrayList<>(line(OPEN_PARAGRAPH, 100));
        first.addAll(line(OPEN_END, 114));
        return new PdfLayout(List.of(new PdfGlyphs.Page(1, HEIGHT, first), second)).read().text();
    }

    /** An address on the page's first line, then a paragraph's space, then the text after it. */
    private static PdfGlyphs.Page page(int number, String address, String after) {
        List<Glyph> glyphs = new ArrayList<>(line(address, 100));
        glyphs.addAll(line(after, 128));
        return new PdfGlyphs.Page(number, HEIGHT, glyphs);
    }

    /** One glyph a character, half the type size wide, a space glyph between words. */
    private static List<Glyph> line(String text, float baseline) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), 72 + i * 5f, baseline, 5f, 10f, false, false));
        }
        return glyphs;
    }
}
