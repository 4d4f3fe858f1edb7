package org.peacetrack.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.RealDocuments;
import org.peacetrack.documents.SourceReaders;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.extraction.DocumentFacts;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.extraction.ExtractedParagraph;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.ExtractionService;
import org.peacetrack.ingestion.ImportPreview;
import org.peacetrack.testing.Seeds;

/**
 * A scan (pages that are only images) is read by tesseract where OCR is switched on
 * (peacetrack.import.ocr), with a warning that its words are recognised ones; where it is off, the scan is
 * refused saying it has no text layer (RealPdfLayoutTest). Skipped, saying so, where tesseract is absent.
 */
class ScannedPdfOcrTest {

    private final SourceReaders withOcr = new SourceReaders(SourceReaders.DEFAULT_MAX_BYTES, true);

    @Test
    void aScannedPageIsReadByOcrWhenItIsSwitchedOn() throws IOException {
        assumeTrue(PdfOcr.installed(), "tesseract is not installed; OCR is not tested here (CI installs tesseract-ocr)");
        byte[] scan = scanned(SeedRenditions.pdf(Seeds.REPORT_2020, "A/75/563", "20-14538"), 1);

        SourceText text = withOcr.read("scan.pdf", scan);

        assertThat(text.text()).contains("Implementation of the recommendations of the Special Committee");
        assertThat(text.warnings()).anyMatch(w -> w.contains("read by OCR (tesseract)"));
    }

    @Test
    void aScanIsStillRefusedWhenOcrIsOff() throws IOException {
        byte[] scan = scanned(SeedRenditions.pdf(Seeds.PRIORITIES, "A/75/1", "20-00001"), 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SourceReaders().read("scan.pdf", scan))
                .hasMessageContaining("no text layer").hasMessageContaining("pages are images");
    }

    /**
     * The real scan's masthead as OCR gives it: organ, date and title are read, and the numbered paragraphs;
     * the symbol, set large with a stylised slash, comes out as "S 202/432", which is not a symbol, so the
     * document has none rather than a wrong one.
     */
    @Test
    void theRealScanImportsWithItsDateTitleAndParagraphsByOcr() throws IOException {
        assumeTrue(PdfOcr.installed(), "tesseract is not installed; OCR is not tested here (CI installs tesseract-ocr)");
        Path real = RealDocuments.FOLDER.resolve("S_2002_432_scanned-image.pdf");
        assumeTrue(Files.exists(real), "the real documents are not beside the checkout (../shared/real-docs)");
        byte[] firstPages = firstPages(Files.readAllBytes(real), 2);

        Extraction found = new ImportPreview(withOcr, new ExtractionService()).preview("scan.pdf", firstPages, null)
                .extraction();
        DocumentFacts facts = found.document();

        assertThat(facts.kind()).isEqualTo(DocumentKind.UN_DOCUMENT);
        assertThat(facts.date()).isEqualTo(LocalDate.of(2002, 4, 17));
        assertThat(facts.title()).contains("Transitional Administration in East Timor");
        assertThat(found.paragraphs()).extracting(ExtractedParagraph::number).startsWith(1, 2);
        assertThat(found.warnings()).anyMatch(w -> w.contains("read by OCR (tesseract)"));
    }

    /**
     * The real scan's page 16 is set in two columns, its number "16" at the foot of the left one: OCR reads
     * it between the columns, inside paragraph 112, which runs on from the left column to the right.
     */
    @Test
    void aScannedPagesNumberIsNotReadIntoTheParagraphThatRunsOnFromOneColumnToTheNext() throws IOException {
        assumeTrue(PdfOcr.installed(), "tesseract is not installed; OCR is not tested here (CI installs tesseract-ocr)");
        Path real = RealDocuments.FOLDER.resolve("S_2002_432_scanned-image.pdf");
        assumeTrue(Files.exists(real), "the real documents are not beside the checkout (../shared/real-docs)");

        SourceText text = withOcr.read("scan.pdf", onlyPage(Files.readAllBytes(real), 16));

        assertThat(text.text()).contains("essential and require\n\nurgent action")
                .doesNotContain("\n\n16\n\n");
    }

    @Test
    void aLoneNumberBelowAllOfAPagesTextIsItsPageNumber() {
        String header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
        java.util.List<String> page = java.util.List.of(header, word(1, 300, 400, "require"), word(2, 1300, 400, "urgent"),
                word(3, 1300, 1200, "12"), word(4, 280, 2900, "16"));

        assertThat(PdfOcr.pageNumbers(page)).containsExactly("16");
    }

    private static String word(int block, int left, int top, String text) {
        return String.join("\t", "5", "1", String.valueOf(block), "1", "1", "1", String.valueOf(left), String.valueOf(top),
                "40", "30", "96.0", text);
    }

    private static byte[] onlyPage(byte[] pdf, int number) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); PDDocument one = new PDDocument()) {
            one.importPage(document.getPage(number - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            one.save(out);
            return out.toByteArray();
        }
    }

    /** The first pages of a PDF, each drawn as a 200 dpi grey image on a page of its own: a scan. */
    private static byte[] scanned(byte[] pdf, int pages) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < Math.min(pages, source.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 200, ImageType.GRAY);
                PDPage page = new PDPage(source.getPage(i).getMediaBox());
                scan.addPage(page);
                PDImageXObject drawn = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(drawn, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            scan.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] firstPages(byte[] pdf, int pages) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            while (document.getNumberOfPages() > pages) {
                document.removePage(document.getNumberOfPages() - 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
