package org.peacetrack.documents.pdf;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}");

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
                Path base = work.resolve("page-" + (page + 1));
                recognise(png, base, work);
                Set<String> pageNumbers = pageNumbers(Files.readAllLines(base.resolveSibling(base.getFileName() + ".tsv")));
                for (String block : Files.readString(base.resolveSibling(base.getFileName() + ".txt")).split("\\n\\s*\\n")) {
                    String text = block.replaceAll("\\s*\\n\\s*", " ").strip();
                    if (!pageNumbers.contains(text)) {
                        out.block(text);
                    }
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

    /**
     * The page's printed number: a block of one number set below (or above) all the page's other text. Read
     * where it stands, it would land between a two-column page's columns, inside the paragraph that runs on.
     */
    static Set<String> pageNumbers(List<String> tsv) {
        Map<Integer, List<String[]>> blocks = new HashMap<>();
        tsv.stream().skip(1).map(row -> row.split("\t", -1))
                .filter(cells -> cells.length >= 12 && cells[0].equals("5") && !cells[11].isBlank())
                .forEach(cells -> blocks.computeIfAbsent(Integer.parseInt(cells[2]), b -> new ArrayList<>()).add(cells));
        Set<String> numbers = new HashSet<>();
        blocks.forEach((number, words) -> {
            if (words.size() != 1 || !PAGE_NUMBER.matcher(words.get(0)[11]).matches()) {
                return;
            }
            int top = Integer.parseInt(words.get(0)[7]);
            int bottom = top + Integer.parseInt(words.get(0)[9]);
            List<String[]> others = blocks.entrySet().stream().filter(e -> e.getKey() != number.intValue())
                    .flatMap(e -> e.getValue().stream()).toList();
            boolean below = others.stream().allMatch(w -> Integer.parseInt(w[7]) + Integer.parseInt(w[9]) < top);
            boolean above = others.stream().allMatch(w -> Integer.parseInt(w[7]) > bottom);
            if (!others.isEmpty() && (below || above)) {
                numbers.add(words.get(0)[11]);
            }
        });
        return numbers;
    }

    private static void recognise(Path png, Path base, Path work) throws IOException {
        Path log = work.resolve("tesseract.log");
        ProcessBuilder tesseract = new ProcessBuilder("tesseract", png.toString(), base.toString(), "-l", "eng", "txt", "tsv")
                .redirectError(log.toFile()).redirectOutput(log.toFile());
        // One thread: tesseract's OpenMP threads spin while they wait, and beside a busy server a page took four
        // times as long with them (20 s against 5 s on two cores) for the same text.
        tesseract.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = tesseract.start();
        try {
            if (!process.waitFor(SECONDS_PER_PAGE, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new UnreadableDocumentException("OCR of the scan failed: " + Files.readString(log).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException("OCR of the scan was interrupted", e);
        }
    }
}
