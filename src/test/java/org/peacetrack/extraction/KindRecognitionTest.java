package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentKind;

/** Kinds come from what a document says it is, not from the shape of its text. */
class KindRecognitionTest {

    private final ExtractionService service = new ExtractionService();

    private static String report(String title, String byline) {
        StringBuilder text = new StringBuilder("United Nations A/80/999\n\nGeneral Assembly Distr.: General\n\n"
                + "1 October 2025\n\nOriginal: English\n\nEightieth session\n\n" + title + "\n\n" + byline + "\n\n"
                + "I. Introduction\n\n");
        for (int i = 1; i <= 12; i++) {
            text.append(i).append(". Matter ").append(i).append(" was considered.\n\n");
        }
        return text.toString();
    }

    @Test
    void numberedReportOfAnotherCommitteeIsAUnitedNationsDocumentNotAnSgReport() {
        Extraction e = service.extract(report("Financing of an imaginary mission",
                "Report of the Advisory Committee on Administrative and Budgetary Questions"));
        assertThat(e.document().kind()).isEqualTo(DocumentKind.UN_DOCUMENT);
        assertThat(e.document().symbol()).isEqualTo("A/80/999");
        assertThat(e.paragraphs()).hasSize(12);
    }

    @Test
    void reportThatSaysItIsOnTheImplementationOfTheRecommendationsIsAnSgReport() {
        Extraction e = service.extract(report(
                "Implementation of the recommendations of the Special Committee on Peacekeeping Operations",
                "Report of the Secretary-General"));
        assertThat(e.document().kind()).isEqualTo(DocumentKind.SG_REPORT);
    }

    @Test
    void noteWithoutNumberedParagraphsImportsWithItsBlocksInOrderAndSaysSo() {
        Extraction e = service.extract("United Nations A/AC.121/2025/INF/9\n\nGeneral Assembly Distr.: General\n\n"
                + "3 February 2025\n\nEnglish only\n\nNote by the Secretariat\n\nThe documents are listed below.\n\n"
                + "A list of documents follows here\n");
        assertThat(e.document().kind()).isEqualTo(DocumentKind.UN_DOCUMENT);
        assertThat(e.paragraphs()).isNotEmpty();
        assertThat(e.paragraphs()).extracting(ExtractedParagraph::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, e.paragraphs().size()).boxed().toList());
        assertThat(e.warnings()).anyMatch(w -> w.contains("no numbered paragraphs"));
    }

    @Test
    void letterWithoutNumberedParagraphsIsNotRefused() {
        Extraction e = service.extract("United Nations S/2025/54\n\nSecurity Council Distr.: General\n\n"
                + "29 January 2025\n\nOriginal: English\n\nLetter dated 28 January 2025 from the Secretary-General "
                + "addressed to the President of the Security Council\n\nI have the honour to refer to the mission.\n");
        assertThat(e.document().kind()).isEqualTo(DocumentKind.UN_DOCUMENT);
        assertThat(e.document().symbol()).isEqualTo("S/2025/54");
        assertThat(e.document().date()).isEqualTo(java.time.LocalDate.of(2025, 1, 29));
    }

    @Test
    void textThatStatesNothingOfTheUnitedNationsIsRefused() {
        assertThatThrownBy(() -> service.extract("Shopping list\n\neggs, milk"))
                .isInstanceOf(UnrecognisedDocumentException.class).hasMessageContaining("Not a recognisable document");
    }
}
