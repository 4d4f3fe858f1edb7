package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.testing.Seeds;

class InitiativesRecogniserTest {

    private static Extraction summary;

    @BeforeAll
    static void readSeed() {
        summary = new ExtractionService().extract(Seeds.text(Seeds.INITIATIVES));
    }

    private static ExtractedParagraph initiative(String section, String subsection, int number) {
        return summary.paragraphs().stream()
                .filter(p -> p.sectionPath().equals(List.of(section, subsection)) && p.number() == number)
                .findFirst().orElseThrow();
    }

    @Test
    void summaryIsRecognisedWithTheDateOnItsCover() {
        assertThat(summary.document().kind()).isEqualTo(DocumentKind.INITIATIVES_SUMMARY);
        assertThat(summary.document().date()).isEqualTo(LocalDate.of(2019, 3, 28));
        assertThat(summary.document().title()).startsWithIgnoringCase("Summary of initiatives undertaken by the Secretariat");
    }

    @Test
    void initiativesAreNumberedAfreshInEachSubsection() {
        assertThat(summary.paragraphs()).hasSize(34);
        assertThat(summary.paragraphs()).filteredOn(p -> p.sectionPath().equals(List.of("I", "B")))
                .extracting(ExtractedParagraph::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(summary.paragraphs()).filteredOn(p -> p.sectionPath().get(0).equals("II")).hasSize(5);
    }

    @Test
    void boldItalicLeadBecomesTheTitle() {
        ExtractedParagraph investigating = initiative("I", "B", 5);
        assertThat(investigating.title()).isEqualTo("Investigating incidents");
        assertThat(investigating.heading())
                .isEqualTo("Strengthening performance, stepping-up compliance and enhancing accountability");
        assertThat(investigating.text()).startsWith("When incidents that indicate serious shortfalls");
        assertThat(initiative("I", "A", 1).title()).isEqualTo("Projecting a proactive, robust posture");
        assertThat(initiative("II", "A", 2).title()).isEqualTo("Raising awareness on SEA");
    }

    @Test
    void leadWithoutColonStaysPartOfTheSentence() {
        ExtractedParagraph led = initiative("III", "A", 1);
        assertThat(led.title()).isEqualTo("Led by external high-level experts");
        assertThat(led.text()).startsWith("Led by external high-level experts with knowledge");
    }

    @Test
    void initiativesOnConsecutiveLinesAreSplitByTheirNumbers() {
        assertThat(initiative("I", "A", 2).text()).startsWith("We will complete a review").doesNotContain("SRSGs");
        assertThat(initiative("III", "C", 2).title()).isNull();
        assertThat(initiative("III", "C", 2).text()).startsWith("The review of the United Nations Mission in South Sudan");
    }

    @Test
    void initiativeCutByAPageBreakIsRejoinedButClosingProseIsNot() {
        assertThat(initiative("I", "B", 3).text()).contains("we have assessed 68 military contingents");
        assertThat(initiative("III", "D", 2).text()).doesNotContain("Action for Peacekeeping");
    }

    @Test
    void noInitiativeTextContainsMarkup() {
        assertThat(summary.paragraphs()).extracting(ExtractedParagraph::text)
                .noneMatch(t -> t.contains("*") || t.contains("<sup>") || t.contains("<u>"));
    }
}
