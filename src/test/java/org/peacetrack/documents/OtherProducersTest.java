package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.ExtractionService;
import org.peacetrack.testing.Seeds;

/**
 * Each seed, rendered at test time by pandoc (Markdown to DOCX with Word's automatic numbering) and by
 * LibreOffice (that DOCX saved again as DOCX, and printed to PDF), yields the records of its text version.
 */
class OtherProducersTest {

    /**
     * Seeds whose LibreOffice PDF the PDF reader does not yet read as their text: none. (The 2017 report, a
     * plain-text conversion with link lines between the lines of its paragraphs, a hyphen set apart that
     * LibreOffice wraps after ("non -" / "permissive") and a wide "VII." label, was one until the reader set
     * link lines apart, joined such a hyphen where no space glyph follows it and read a label's narrow tab.)
     * This list must only shrink: a listed seed that starts to pass fails the test.
     */
    private static final Set<String> KNOWN_LIBREOFFICE_PDF_FAILURES = Set.of();

    private static final Map<String, Map<String, byte[]>> BY_LIBRE_OFFICE = new HashMap<>();

    @TempDir
    static Path renditions;

    private final SourceReaders readers = new SourceReaders();
    private final ExtractionService extraction = new ExtractionService();

    static Stream<String> seeds() {
        return Stream.of(Seeds.REPORT_2020, Seeds.ADDENDUM_2024, Seeds.INITIATIVES, Seeds.REPORT_2017, Seeds.PRIORITIES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedYieldsTheSameRecordsFromPandocDocx(String seed, @TempDir Path work) {
        Producers.assumeInstalled("pandoc");
        byte[] docx = Producers.pandocDocx(seed, work);
        assertNumberedByWordLists(seed, docx);
        assertSameAsText(seed, readers.read("seed.docx", docx));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedYieldsTheSameRecordsFromLibreOfficeDocx(String seed) {
        Producers.assumeInstalled("pandoc");
        Producers.assumeInstalled("soffice");
        byte[] docx = libreOffice(seed, "docx");
        assertNumberedByWordLists(seed, docx);
        assertSameAsText(seed, readers.read("seed.docx", docx));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedYieldsTheSameRecordsFromLibreOfficePdf(String seed) {
        Producers.assumeInstalled("pandoc");
        Producers.assumeInstalled("soffice");
        SourceText pdf = readers.read("seed.pdf", libreOffice(seed, "pdf"));
        assertThat(pdf.format()).isEqualTo(SourceFormat.PDF);
        Runnable sameRecords = () -> SameRecords.assertSameRecords(extraction.extract(pdf.text()),
                extraction.extract(Seeds.text(seed)), OtherProducersTest::bulletsAsShown);
        if (!KNOWN_LIBREOFFICE_PDF_FAILURES.contains(seed)) {
            sameRecords.run();
            return;
        }
        try {
            sameRecords.run();
        } catch (AssertionError | RuntimeException knownFailure) {
            return;
        }
        fail(seed + " now gives the same records from LibreOffice's PDF: take it off KNOWN_LIBREOFFICE_PDF_FAILURES");
    }

    /** Each seed's pandoc DOCX as LibreOffice saves it, by target format: all seeds in one LibreOffice run. */
    private static byte[] libreOffice(String seed, String targetFormat) {
        return BY_LIBRE_OFFICE.computeIfAbsent(targetFormat, OtherProducersTest::everySeedByLibreOffice).get(seed);
    }

    private static Map<String, byte[]> everySeedByLibreOffice(String targetFormat) {
        List<String> all = seeds().toList();
        Map<Path, String> inputs = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Path work = folder(renditions.resolve(targetFormat + "-" + i));
            inputs.put(SeedRenditions.write(work, "seed-" + i + ".docx", Producers.pandocDocx(all.get(i), work)), all.get(i));
        }
        Map<String, byte[]> bySeed = new HashMap<>();
        Producers.libreOffice(List.copyOf(inputs.keySet()), targetFormat, folder(renditions.resolve(targetFormat)))
                .forEach((input, converted) -> bySeed.put(inputs.get(input), converted));
        return bySeed;
    }

    private static Path folder(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rendition numbers its paragraphs with Word lists (numbering.xml), not typed digits. */
    private static void assertNumberedByWordLists(String seed, byte[] docx) {
        if (!Seeds.text(seed).matches("(?s).*\\n {0,3}\\d{1,3}\\. .*")) {
            return;
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs).as("paragraphs in a Word list").anyMatch(p -> p.getNumID() != null);
            assertThat(paragraphs).filteredOn(p -> p.getStyle() == null || !p.getStyle().startsWith("Heading"))
                    .extracting(XWPFParagraph::getText).as("paragraphs whose number is typed")
                    .noneMatch(text -> text.matches("\\d{1,3}\\.\\s.*"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertSameAsText(String seed, SourceText rendition) {
        Extraction expected = extraction.extract(Seeds.text(seed));
        assertThat(rendition.format()).isEqualTo(SourceFormat.DOCX);
        SameRecords.assertSameRecords(extraction.extract(rendition.text()), expected, OtherProducersTest::bulletsAsShown);
    }

    /**
     * A Markdown bullet ("- We have ...") is a list item that Word shows with its bullet character; a hyphen
     * between lower-case words ("institution - building") is text and stays.
     */
    private static String bulletsAsShown(String words) {
        return words.replaceAll(" - (?=\\p{Lu})", " \u2022 ");
    }
}
