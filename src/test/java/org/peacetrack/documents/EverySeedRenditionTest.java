package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.documents.fixtures.WinAnsiText;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.ExtractionService;
import org.peacetrack.testing.Seeds;

/** Each published format of each seed yields the records of its text version. */
class EverySeedRenditionTest {

    private final SourceReaders readers = new SourceReaders();
    private final ExtractionService extraction = new ExtractionService();

    /** Every seed with the symbol and job number its PDF carries in the running header and footer. */
    static Stream<Arguments> seeds() {
        return Stream.of(Arguments.of(Seeds.REPORT_2020, "A/75/563", "20-14681"),
                Arguments.of(Seeds.ADDENDUM_2024, "A/79/553/Add.1", "24-19527"),
                Arguments.of(Seeds.INITIATIVES, "DPO/2019/1", "19-05213"),
                Arguments.of(Seeds.REPORT_2017, "A/72/573", "17-19483"),
                Arguments.of(Seeds.PRIORITIES, "DPO/2021/1", "21-03307"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedYieldsTheSameParagraphsFromDocxAsFromText(String seed) {
        assertSameAsText(seed, readers.read("seed.docx", SeedRenditions.docx(seed)), SourceFormat.DOCX, text -> text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedYieldsTheSameParagraphsFromPdfAsFromText(String seed, String symbol, String jobNumber) {
        SourceText pdf = readers.read("seed.pdf", SeedRenditions.pdf(seed, symbol, jobNumber));
        assertSameAsText(seed, pdf, SourceFormat.PDF, WinAnsiText::map);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedYieldsTheSameParagraphsFromHtmlAsFromText(String seed) {
        assertSameAsText(seed, readers.read("seed.html", SeedRenditions.html(seed)), SourceFormat.HTML, text -> text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everySeedPdfHasTheUnitedNationsLayout(String seed, String symbol, String jobNumber) throws IOException {
        byte[] rendition = SeedRenditions.pdf(seed, symbol, jobNumber);
        String raw;
        int pages;
        try (PDDocument document = Loader.loadPDF(rendition)) {
            pages = document.getNumberOfPages();
            raw = new PDFTextStripper().getText(document);
        }
        assertThat(raw).contains(symbol).contains(jobNumber).contains("1/" + pages);
        assertThat(Pattern.compile("(?m)\\p{Ll}-$").matcher(raw).find()).as("a hyphenated line end").isTrue();
        assertThat(readers.read("seed.pdf", rendition).text()).contains("\n#").doesNotContain(jobNumber)
                .doesNotContainPattern("(?m)^\\d{1,3}/\\d{1,3}$");
    }

    private void assertSameAsText(String seed, SourceText rendition, SourceFormat format, UnaryOperator<String> normalise) {
        Extraction expected = extraction.extract(Seeds.text(seed));
        assertThat(rendition.format()).isEqualTo(format);
        SameRecords.assertSameRecords(extraction.extract(rendition.text()), expected, normalise);
    }
}
