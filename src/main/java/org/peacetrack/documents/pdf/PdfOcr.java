package org.peacetrack.documents.pdf;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.peacetrack.documents.SourceFormat;
import org.peacetrack.documents.SourceText;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.documents.format.Blocks;

/**
 * Optional text recognition for a scan (a PDF whose pages are only images), by Debian's {@code tesseract}
 * program: each page is rendered at 300 dpi and read as English. Switched on by
 * {@code peacetrack.import.ocr=true}; without the program the scan is refused, saying so. The text is
 * what the recogniser saw, not the document's characters: the result carries a warning that says so, and
 * nothing in it is repaired (a word hyphenated at a line end keeps its hyphen and its space).
 */
final class PdfOcr {

    private static final int DPI = 300;
    private static final long SECONDS_PER_PAGE = 120;

    private PdfOcr() {
    }

    static boolean installed() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, "tesseract")));
    }

    static SourceText read(PDDocument document) throws IOException {
        if (!installed()) {
            throw new UnreadableDocumentException("the PDF has no text layer: its " + document.getNumberOfPages()
                    + " pages are images (a scan); OCR is switched on (peacetrack.import.ocr) but the tesseract program"
                    + " is not installed (Debian package tesseract-ocr)");
        }
        Blocks out = new Blocks();
        PDFRenderer renderer = new PDFRenderer(document);
        Path work = Files.createTempDirectory("peacetrack-ocr");
        try {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                if (page > 0) {
                    out.pageEnd();
                }
                BufferedImage image = renderer.renderImageWithDPI(page, DPI, ImageType.GRAY);
                Path png = work.resolve("page-" + (page + 1) + ".png");
                ImageIO.write(image, "png", png.toFile());
                for (String block : recognise(png, work).split("\\n\\s*\\n")) {
                    out.block(block.replaceAll("\\s*\\n\\s*", " "));
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        out.warn("The PDF has no text layer: its " + document.getNumberOfPages() + " pages were read by OCR (tesseract),"
                + " so its words are what the recogniser saw; check them against the scan before quoting");
        return out.toSourceText(SourceFormat.PDF);
    }

    private static String recognise(Path png, Path work) throws IOException {
        Path log = work.resolve("tesseract.log");
        Process process = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "eng")
                .redirectError(log.toFile()).start();
        byte[] text = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(SECONDS_PER_PAGE, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new UnreadableDocumentException("OCR of the scan failed: " + Files.readString(log).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("OCR of the scan was interrupted", e);
        }
        return new String(text, StandardCharsets.UTF_8);
    }
}
