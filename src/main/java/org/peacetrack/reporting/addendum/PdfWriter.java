package org.peacetrack.reporting.addendum;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * The addendum as PDF: its HTML template laid out by openhtmltopdf on PDFBox (ADR 0035), A4, with the symbol
 * as running head and page numbers. Times New Roman's metric twin (Liberation Serif) or DejaVu Serif is
 * embedded where the machine has it, so that every character prints; else PDF's own Times. The fonts are
 * embedded without glyph substitution ({@link UnshapedFont}): it was two thirds of the writing's time and memory.
 */
@Component
public class PdfWriter {

    private static final String FONTS = "/usr/share/fonts/truetype/";
    /** Family, then regular, bold, italic and bold italic files. */
    private static final List<List<String>> FAMILIES = List.of(
            List.of("Liberation Serif", "liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
                    "liberation/LiberationSerif-Italic.ttf", "liberation/LiberationSerif-BoldItalic.ttf"),
            List.of("DejaVu Serif", "dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf",
                    "dejavu/DejaVuSerif-Italic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"));

    private final MarkupWriters markup;

    PdfWriter(MarkupWriters markup) {
        this.markup = markup;
    }

    public void write(Addendum addendum, OutputStream out) {
        render(markup.printableHtml(addendum), out);
    }

    /** Lays out an HTML page (parsed leniently, as browsers do) as PDF, written straight to the stream. */
    static void render(String page, OutputStream out) {
        org.w3c.dom.Document html = new W3CDom().fromJsoup(Jsoup.parse(page));
        try (PDDocument pdf = new PDDocument(); UnshapedFont.Loaded fonts = new UnshapedFont.Loaded()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            fonts(builder, pdf, fonts);
            builder.withW3cDocument(html, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fonts(PdfRendererBuilder builder, PDDocument pdf, UnshapedFont.Loaded loaded) {
        for (List<String> family : FAMILIES) {
            String name = family.get(0);
            font(builder, pdf, loaded, family.get(1), name, 400, FontStyle.NORMAL);
            font(builder, pdf, loaded, family.get(2), name, 700, FontStyle.NORMAL);
            font(builder, pdf, loaded, family.get(3), name, 400, FontStyle.ITALIC);
            font(builder, pdf, loaded, family.get(4), name, 700, FontStyle.ITALIC);
        }
    }

    private static void font(PdfRendererBuilder builder, PDDocument pdf, UnshapedFont.Loaded loaded, String file,
            String family, int weight, FontStyle style) {
        File font = new File(FONTS + file);
        if (font.isFile()) {
            builder.useFont(new UnshapedFont(pdf, font, loaded), family, weight, style, true);
        }
    }
}
