package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.testing.Seeds;

class ExtractionServiceTest {

    private final ExtractionService service = new ExtractionService();

    private static String source(String name) {
        return name.startsWith("A_") ? C34ReportRecogniserTest.fixture(name) : Seeds.text(name);
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
        Seeds.REPORT_2020 + ", SG_REPORT",
        Seeds.ADDENDUM_2024 + ", SG_ADDENDUM",
        Seeds.INITIATIVES + ", INITIATIVES_SUMMARY",
        Seeds.REPORT_2017 + ", SG_REPORT",
        Seeds.PRIORITIES + ", PRIORITIES",
        "A_77_19.md, C34_REPORT",
        "A_78_19.txt, C34_REPORT"})
    void kindIsDetectedForEverySeedAndFixture(String name, DocumentKind kind) {
        assertThat(service.extract(source(name)).document().kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} read as {1}")
    @CsvSource({
        Seeds.REPORT_2020 + ", SG_REPORT, 147",
        Seeds.INITIATIVES + ", INITIATIVES_SUMMARY, 34",
        Seeds.REPORT_2017 + ", SG_REPORT, 132",
        Seeds.PRIORITIES + ", PRIORITIES, 9",
        "A_78_19.txt, C34_REPORT, 23"})
    void userChosenKindIsHonoured(String name, DocumentKind kind, int paragraphs) {
        Extraction extraction = service.extract(source(name), kind);
        assertThat(extraction.document().kind()).isEqualTo(kind);
        assertThat(extraction.paragraphs()).hasSize(paragraphs);
    }

    @Test
    void overridingWithAKindTheDocumentLacksFailsWithAClearMessage() {
        assertThatThrownBy(() -> service.extract(Seeds.text(Seeds.PRIORITIES), DocumentKind.C34_REPORT))
                .isInstanceOf(UnrecognisedDocumentException.class)
                .hasMessageContaining("Proposals, recommendations and conclusions");
    }

    @Test
    void c34ReportReadAsAnSgReportKeepsEveryParagraph() {
        Extraction asSgReport = service.extract(C34ReportRecogniserTest.fixture("A_77_19.md"), DocumentKind.SG_REPORT);
        assertThat(asSgReport.paragraphs()).hasSize(28);
        assertThat(asSgReport.paragraphs()).allMatch(p -> p.operativeVerb() == null);
    }
}
