package org.peacetrack.reporting.addendum;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A TrueType font embedded (subset) in one PDF with glyph substitution off, loaded only if the layout asks
 * for it. PDFBox 3 applies a font's GSUB features (ligatures, composed characters) to every string it
 * shows, through regular expressions built per string: for the addendum's Latin text this changes no
 * character, and cost about two thirds of the PDF's time and allocation (docs/benchmarks.md).
 */
final class UnshapedFont extends PDFontSupplier {

    private final PDDocument pdf;
    private final File file;
    private final Loaded loaded;
    private PDFont font;

    UnshapedFont(PDDocument pdf, File file, Loaded loaded) {
        super(null);
        this.pdf = pdf;
        this.file = file;
        this.loaded = loaded;
    }

    @Override
    public PDFont supply() {
        if (font == null) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
                loaded.fonts.add(ttf);
                ttf.setEnableGsub(false);
                font = PDType0Font.load(pdf, ttf, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }

    /** The parsed font files of one PDF: PDFBox reads their glyphs when it saves, so they close after it. */
    static final class Loaded implements Closeable {
        private final List<TrueTypeFont> fonts = new ArrayList<>();

        @Override
        public void close() throws IOException {
            for (TrueTypeFont ttf : fonts) {
                ttf.close();
            }
        }
    }
}
