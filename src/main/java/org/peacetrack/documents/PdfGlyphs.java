package org.peacetrack.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects every glyph PDFBox places, page by page, with its position, size and weight. */
final class PdfGlyphs extends PDFTextStripper {

    record Glyph(String text, float x, float baseline, float width, float size, boolean bold, boolean italic) {
    }

    record Page(int number, float height, List<Glyph> glyphs) {
    }

    private final List<Page> pages = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();
    private float currentHeight;

    private PdfGlyphs() {
        setSortByPosition(false);
    }

    static List<Page> of(PDDocument document) throws IOException {
        PdfGlyphs glyphs = new PdfGlyphs();
        glyphs.getText(document);
        return glyphs.pages;
    }

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
        currentHeight = page.getCropBox().getHeight();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        String font = text.getFont() == null || text.getFont().getName() == null ? ""
                : text.getFont().getName().toLowerCase(Locale.ROOT);
        current.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(),
                text.getFontSizeInPt(), font.contains("bold"), font.contains("italic") || font.contains("oblique")));
    }

    @Override
    protected void endPage(PDPage page) {
        pages.add(new Page(pages.size() + 1, currentHeight, current));
    }
}
