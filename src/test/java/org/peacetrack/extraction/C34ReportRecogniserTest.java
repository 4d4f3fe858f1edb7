package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentKind;

class C34ReportRecogniserTest {

    private static Extraction report2023;
    private static Extraction report2024;
    private static Map<Integer, ExtractedParagraph> of2023;
    private static Map<Integer, ExtractedParagraph> of2024;

    @BeforeAll
    static void readFixtures() {
        report2023 = new ExtractionService().extract(fixture("A_77_19.md"));
        report2024 = new ExtractionService().extract(fixture("A_78_19.txt"));
        of2023 = byNumber(report2023);
        of2024 = byNumber(report2024);
    }

    static String fixture(String name) {
        try (InputStream in = C34ReportRecogniserTest.class.getResourceAsStream("/fixtures/c34/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, ExtractedParagraph> byNumber(Extraction extraction) {
        return extraction.paragraphs().stream()
                .collect(Collectors.toMap(ExtractedParagraph::number, Function.identity()));
    }

    @Test
    void bothSessionsAreRecognisedAsC34ReportsWithTheirFacts() {
        assertThat(report2023.document().kind()).isEqualTo(DocumentKind.C34_REPORT);
        assertThat(report2024.document().kind()).isEqualTo(DocumentKind.C34_REPORT);
        assertThat(report2023.document().symbol()).isEqualTo("A/77/19");
        assertThat(report2024.document().symbol()).isEqualTo("A/78/19");
        assertThat(report2023.document().session()).isEqualTo(77);
        assertThat(report2024.document().session()).isEqualTo(78);
        assertThat(report2024.document().title()).isEqualTo("Report of the Special Committee on Peacekeeping Operations");
    }

    @Test
    void onlyTheParagraphsOfTheRecommendationsChapterAreExtracted() {
        assertThat(report2023.paragraphs()).extracting(ExtractedParagraph::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(5, 27).boxed().toList());
        assertThat(report2024.paragraphs()).extracting(ExtractedParagraph::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(6, 28).boxed().toList());
        assertThat(report2024.paragraphs()).allMatch(p -> p.sectionPath().get(0).equals("III"));
    }

    @Test
    void recommendationsSitInTheirThemeSections() {
        assertThat(of2023.get(7).sectionPath()).containsExactly("III", "B");
        assertThat(of2023.get(7).heading()).isEqualTo("Politics");
        assertThat(of2024.get(16).sectionPath()).containsExactly("III", "E", "1");
        assertThat(of2024.get(16).heading()).isEqualTo("Explosive hazards");
        assertThat(of2024.get(18).heading()).isEqualTo("Medical support");
        assertThat(of2024.get(25).sectionPath()).containsExactly("III", "I");
        assertThat(of2024.get(25).heading()).isEqualTo("Conduct of peacekeepers and peacekeeping operations");
    }

    @Test
    void themeIsTheLetteredSectionEvenUnderANumberedSubHeading() {
        assertThat(of2024.get(16).subsectionHeading()).isEqualTo("Safety and security");
        assertThat(of2024.get(18).subsectionHeading()).isEqualTo("Safety and security");
        assertThat(of2023.get(7).subsectionHeading()).isEqualTo("Politics");
        assertThat(of2024.get(6).subsectionHeading()).isEqualTo("Introduction");
    }

    @Test
    void operativeVerbIsReadAfterAdverbsAndParentheticalClauses() {
        assertThat(of2023.get(7).operativeVerb()).isEqualTo("requests");
        assertThat(of2024.get(7).operativeVerb()).isEqualTo("requests");
        assertThat(of2024.get(10).operativeVerb()).isEqualTo("invites");
        assertThat(of2024.get(13).operativeVerb()).isEqualTo("recommends");
        assertThat(of2024.get(15).operativeVerb()).isEqualTo("encourages");
        assertThat(of2023.get(11).operativeVerb()).isEqualTo("calls upon");
        assertThat(of2024.get(28).operativeVerb()).isEqualTo("calls on");
        assertThat(of2024.get(14).operativeVerb()).isEqualTo("takes note");
    }

    @Test
    void addresseeIsWhoeverTheVerbAsksToAct() {
        assertThat(of2023.get(7).addressee()).isEqualTo(Addressee.SECRETARIAT);
        assertThat(of2023.get(8).addressee()).isEqualTo(Addressee.MEMBER_STATES);
        assertThat(of2023.get(9).addressee()).isEqualTo(Addressee.BOTH);
        assertThat(of2023.get(11).addressee()).isEqualTo(Addressee.MEMBER_STATES);
        assertThat(of2023.get(15).addressee()).isEqualTo(Addressee.SECRETARIAT);
        assertThat(of2023.get(18).addressee()).isEqualTo(Addressee.BOTH);
        assertThat(of2023.get(20).addressee()).isEqualTo(Addressee.MEMBER_STATES);
        assertThat(of2024.get(13).addressee()).isEqualTo(Addressee.SECRETARIAT);
        assertThat(of2024.get(15).addressee()).isEqualTo(Addressee.MEMBER_STATES);
        assertThat(of2024.get(28).addressee()).isEqualTo(Addressee.BOTH);
    }

    @Test
    void acknowledgingFollowedByARequestTakesTheRequestAsOperative() {
        assertThat(of2023.get(10).operativeVerb()).isEqualTo("requests");
        assertThat(of2023.get(10).addressee()).isEqualTo(Addressee.SECRETARIAT);
        assertThat(of2023.get(27).operativeVerb()).isEqualTo("encourages");
    }

    @Test
    void acknowledgingParagraphsHaveAVerbButNoAddressee() {
        assertThat(of2023.get(14).operativeVerb()).isEqualTo("notes");
        assertThat(of2023.get(14).addressee()).isNull();
        assertThat(of2023.get(23).operativeVerb()).isEqualTo("welcomes");
        assertThat(of2023.get(23).addressee()).isNull();
        assertThat(of2024.get(23).operativeVerb()).isEqualTo("reiterates");
        assertThat(of2024.get(23).addressee()).isNull();
        assertThat(of2023.get(6).addressee()).isNull();
    }

    @Test
    void renumberedParagraphKeepsItsWordingForLineageMatching() {
        assertThat(of2023.get(24).text()).startsWith("The Special Committee calls upon Member States and the Secretariat");
        assertThat(of2024.get(24).text()).startsWith("The Special Committee calls upon Member States and the Secretariat");
    }

    @Test
    void pageBreakRunningHeadAndFootnoteStayOutOfTheText() {
        assertThat(of2024.get(17).text()).endsWith("with one another and with the Secretariat.")
                .doesNotContain("A/78/19").doesNotContain("24-01234");
        assertThat(of2024.get(11).text()).endsWith("every quarter.").doesNotContain("<sup>");
        assertThat(of2024.get(28).text()).doesNotContain("Figures for the previous period");
        assertThat(report2024.warnings()).isEmpty();
    }

    @Test
    void otherKindsLeaveVerbAndAddresseeEmpty() {
        ExtractedParagraph plain = new ExtractedParagraph(1, List.of("I"), "Heading", null, "Text.");
        assertThat(plain.operativeVerb()).isNull();
        assertThat(plain.addressee()).isNull();
    }

    @Test
    void chapterWrittenOnTwoLinesAsPublishedGivesTheSameRecommendations() {
        String published = fixture("A_78_19.txt").replace("III. Proposals, recommendations and conclusions",
                "Chapter III\n\nProposals, recommendations and conclusions");
        Extraction read = new ExtractionService().extract(published);
        assertThat(read.document().kind()).isEqualTo(DocumentKind.C34_REPORT);
        assertThat(read.paragraphs()).isEqualTo(report2024.paragraphs());
    }

    @Test
    void sessionThatAgreedOnNoRecommendationsStillImportsAsTheCommitteesReportAndSaysSo() {
        String text = fixture("A_78_19.txt");
        String withoutChapter = text.substring(0, text.indexOf("III. Proposals, recommendations and conclusions"));
        Extraction read = new ExtractionService().extract(withoutChapter);
        assertThat(read.document().kind()).isEqualTo(DocumentKind.C34_REPORT);
        assertThat(read.document().symbol()).isEqualTo("A/78/19");
        assertThat(read.paragraphs()).isEmpty();
        assertThat(read.warnings()).anyMatch(w -> w.contains("adopted no recommendations"));
    }
}
