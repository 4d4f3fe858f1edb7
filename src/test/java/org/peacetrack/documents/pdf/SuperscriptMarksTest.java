package org.peacetrack.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.pdf.PdfGlyphs.Glyph;
import org.peacetrack.documents.pdf.PdfLines.Line;

/**
 * A footnote mark is small, visible text raised a little above its line, whatever share of the line's size
 * its producer sets it at; a row of raised spaces marks nothing.
 */
class SuperscriptMarksTest {

    private static final float LINE = 700f;

    @Test
    void aMarkAtABrowsersFiveSixthsIsReadAsASuperscriptOfItsLine() {
        List<Glyph> glyphs = new ArrayList<>(word("In Kosovo,", 72, LINE, 12f));
        glyphs.addAll(word("1", 130, LINE - 4.75f, 10f));
        glyphs.addAll(word("UNMIK focused", 140, LINE, 12f));

        assertThat(PdfLines.of(glyphs)).extracting(Line::text).containsExactly("In Kosovo,<sup>1</sup> UNMIK focused");
    }

    @Test
    void aMarkAtWordsTwoThirdsIsReadAsASuperscriptOfItsLine() {
        List<Glyph> glyphs = new ArrayList<>(word("the missions", 72, LINE, 10f));
        glyphs.addAll(word("a", 132, LINE - 3.5f, 6.5f));

        assertThat(PdfLines.of(glyphs)).extracting(Line::text).containsExactly("the missions<sup>a</sup>");
    }

    @Test
    void aRowOfRaisedSpacesDoesNotSplitTheWordsOfTheLineBelow() {
        List<Glyph> glyphs = new ArrayList<>(word("Contingent-owned equipment", 72, LINE, 10f));
        glyphs.add(new Glyph(" ", 90, LINE - 1.2f, 2.1f, 8.5f, false, false));

        assertThat(PdfLines.of(glyphs)).extracting(Line::text).containsExactly("Contingent-owned equipment");
    }

    @Test
    void textOfTheLinesOwnSizeJustAboveItIsNoMark() {
        List<Glyph> glyphs = new ArrayList<>(word("12", 72, LINE - 4f, 10f));
        glyphs.addAll(word("Meetings of the Assembly", 100, LINE, 10f));

        assertThat(PdfLines.of(glyphs)).extracting(Line::text).doesNotContain("<sup>12</sup> Meetings of the Assembly");
    }

    /** One glyph a character, each half the type size wide. */
    private static List<Glyph> word(String text, float x, float baseline, float size) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), x + i * size / 2, baseline, size / 2, size, false, false));
        }
        return glyphs;
    }
}
