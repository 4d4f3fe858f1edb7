package org.peacetrack.documents.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph PDFBox places, page by page, with its position, size and weight. The size is the
 * glyph's height on the page (the vertical scale of its text matrix), so text that a producer condenses
 * horizontally keeps its real point size. Glyphs set in another direction than most of the page's text
 * (a vertical note in the margin) are counted and left out, so that the layout can say what it lost. A
 * ligature glyph ("ﬁ", as Chromium sets "fi") is written as its letters and counted, so that the layout
 * can record the repair.
 */
final class PdfGlyphs extends PDFTextStripper {

    record Glyph(String text, float x, float baseline, float width, float size, boolean bold, boolean italic) {
    }

    /** A page's glyphs; {@code unplaced} counts those left out, {@code images} whether it draws any image. */
    record Page(int number, float height, List<Glyph> glyphs, int unplaced, boolean images, Map<String, Integer> ligatures) {

        Page(int number, float height, List<Glyph> glyphs) {
            this(number, height, glyphs, 0, false, Map.of());
        }
    }

    /** The Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) that a producer sets as one glyph. */
    private static final Pattern LIGATURE = Pattern.compile("[\\uFB00-\\uFB06]");

    private final List<Page> pages = new ArrayList<>();
    private final Map<Float, List<Glyph>> byDirection = new HashMap<>();
    private float currentHeight;
    private final Map<String, Integer> ligatures = new HashMap<>();

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
        byDirection.clear();
        ligatures.clear();
        currentHeight = page.getCropBox().getHeight();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        if (LIGATURE.matcher(unicode).find()) {
            // One glyph for several letters ("ﬁ"): its letters are what the document says.
            ligatures.merge(unicode, 1, Integer::sum);
            unicode = Normalizer.normalize(unicode, Normalizer.Form.NFKC);
        }
        String font = text.getFont() == null || text.getFont().getName() == null ? ""
                : text.getFont().getName().toLowerCase(Locale.ROOT);
        float size = text.getTextMatrix().getScalingFactorY();
        if (!(size > 0)) {
            size = text.getFontSizeInPt();
        }
        byDirection.computeIfAbsent(text.getDir(), d -> new ArrayList<>()).add(new Glyph(unicode, text.getXDirAdj(),
                text.getYDirAdj(), text.getWidthDirAdj(), size, font.contains("bold"),
                font.contains("italic") || font.contains("oblique")));
    }

    @Override
    protected void endPage(PDPage page) {
        List<Glyph> main = byDirection.values().stream().max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElse(new ArrayList<>());
        int unplaced = byDirection.values().stream().filter(g -> g != main).mapToInt(List::size).sum();
        pages.add(new Page(pages.size() + 1, currentHeight, main, unplaced, drawsImages(page), Map.copyOf(ligatures)));
    }

    private static boolean drawsImages(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }
}
