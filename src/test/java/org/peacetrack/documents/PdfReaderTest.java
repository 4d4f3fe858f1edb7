package org.peacetrack.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.documents.fixtures.WinAnsiText;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.ExtractionService;
import org.peacetrack.testing.Seeds;

class PdfReaderTest {

    private static final String SYMBOL = "A/79/553/Add.1";
    private static SourceText pdf;
    private final ExtractionService extraction = new ExtractionService();

    @BeforeAll
    static void renderAndRead() {
        pdf = new SourceReaders().read("addendum.pdf", SeedRenditions.pdf(Seeds.ADDENDUM_2024, SYMBOL, "24-19527"));
    }

    @Test
    void pdfRenditionOfAddendumYieldsTheSameEntriesAsText() {
        Extraction expected = extraction.extract(Seeds.text(Seeds.ADDENDUM_2024));

        assertThat(pdf.format()).isEqualTo(SourceFormat.PDF);
        SameRecords.assertSameEntries(extraction.extract(pdf.text()), expected, WinAnsiText::map);
    }

    @Test
    void runningHeadersAndFootersAreRemovedAndPagesMarked() {
        assertThat(pdf.text()).startsWith(SYMBOL + "\n\n").doesNotContain("24-19527")
                .doesNotContainPattern("(?m)^\\d{1,3}/\\d{1,3}$").contains("\n---\n");
        assertThat(count(pdf.text(), SYMBOL)).as("the symbol in the masthead, and in no running head").isEqualTo(1);
    }

    @Test
    void footnoteMarksAndDefinitionsSurviveAsSuperscripts() {
        assertThat(pdf.text()).contains("\n48<sup>a</sup> The Secretariat continues").contains("Kosovo<sup>b</sup> and")
                .contains("\n<sup>a</sup> More detailed information").endsWith("resolution 1244 (1999).\n");
    }

    @Test
    void realHyphensAreKeptAndLineEndHyphensRejoined() throws IOException {
        byte[] rendition = SeedRenditions.pdf(Seeds.ADDENDUM_2024, SYMBOL, "24-19527");
        String raw;
        try (PDDocument document = Loader.loadPDF(rendition)) {
            raw = new PDFTextStripper().getText(document);
        }
        assertThat(Pattern.compile("(?m)\\p{Ll}-$").matcher(raw).results().count()).as("hyphenated line ends").isGreaterThan(20);
        assertThat(count(pdf.text(), "Secretary-General")).isEqualTo(count(Seeds.text(Seeds.ADDENDUM_2024), "Secretary-General"));
        assertThat(count(pdf.text(), "peacekeeping")).isEqualTo(count(Seeds.text(Seeds.ADDENDUM_2024), "peacekeeping"));
    }

    private static long count(String text, String word) {
        return Pattern.compile(Pattern.quote(word)).matcher(text).results().count();
    }

    @Test
    void largeRenditionForBenchmarksHasAHundredPagesAndReads() throws IOException {
        byte[] large = SeedRenditions.largePdf(Seeds.ADDENDUM_2024, 100);
        try (PDDocument document = Loader.loadPDF(large)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(100);
        }
        assertThat(new SourceReaders().read("large.pdf", large).text()).contains("Paragraph in A/78/19");
    }
}
