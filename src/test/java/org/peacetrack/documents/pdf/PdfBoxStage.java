package org.peacetrack.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The part of {@link PdfReader} that runs inside PDFBox: parsing the file and placing every glyph. What the
 * reader does after it (lines, running heads, footnotes, paragraphs) is the project's own. For benchmarks.
 */
public final class PdfBoxStage {

    private PdfBoxStage() {
    }

    /** Parses the PDF and collects its glyphs; answers how many, so that nothing is optimised away. */
    public static int glyphs(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return PdfGlyphs.of(document).stream().mapToInt(page -> page.glyphs().size()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
