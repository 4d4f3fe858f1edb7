package org.peacetrack.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Writes the binary seeds of the fuzz corpus (ADR 0050): a small PDF and a small DOCX in the shape of a United
 * Nations document, made here rather than copied from real documents. Run once when the seeds should change:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.peacetrack.testing.FuzzSeeds -Dexec.classpathScope=test};
 * the files it writes are committed. The text seeds are written by hand beside them.
 */
public final class FuzzSeeds {

    private static final Path RESOURCES = Path.of("src", "test", "resources", "org", "peacetrack", "documents");
    private static final List<String> LINES = List.of(
            "A/79/999", "General Assembly", "Distr.: General", "1 November 2024",
            "Report of the Special Committee", "I. Introduction",
            "1. The Committee notes that 68 military contingents, 45 per cent as at 2020, were assessed.",
            "2. The Committee requests the Secretariat to report on implementation.1",
            "1 A footnote at the foot of the page.");

    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        write(RESOURCES.resolve("pdf/PdfReaderFuzzTestInputs/anyBytesAreReadOrRefusedWithAReason/one-page.pdf"), pdf(false));
        write(RESOURCES.resolve("pdf/PdfReaderFuzzTestInputs/anyBytesAreReadOrRefusedWithAReason/two-columns.pdf"), pdf(true));
        write(RESOURCES.resolve("docx/DocxReaderFuzzTestInputs/anyBytesAreReadOrRefusedWithAReason/numbered-with-table.docx"), docx());
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    static byte[] pdf(boolean twoColumns) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                float y = 780;
                for (int i = 0; i < LINES.size(); i++) {
                    boolean secondColumn = twoColumns && i >= LINES.size() / 2;
                    float x = secondColumn ? 310 : 60;
                    float lineY = secondColumn ? y + 14 * (LINES.size() / 2) : y;
                    text.beginText();
                    text.setFont(i < 2 ? bold : regular, i == LINES.size() - 1 ? 8 : 10);
                    text.newLineAtOffset(x, i == LINES.size() - 1 ? 60 : lineY);
                    text.showText(twoColumns ? LINES.get(i).substring(0, Math.min(40, LINES.get(i).length())) : LINES.get(i));
                    text.endText();
                    y -= 14;
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : LINES.subList(0, LINES.size() - 1)) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.createRun().setText(line);
            }
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Paragraph in A/78/19");
            table.getRow(0).getCell(1).setText("Status");
            table.getRow(1).getCell(0).setText("38");
            table.getRow(1).getCell(1).setText("Implementation is ongoing.");
            document.createFootnotes().createFootnote().createParagraph().createRun().setText("A footnote.");
            document.write(out);
            return out.toByteArray();
        }
    }
}
