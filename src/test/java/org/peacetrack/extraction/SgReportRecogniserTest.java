package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.testing.Seeds;

class SgReportRecogniserTest {

    private static Extraction report2020;
    private static Extraction report2017;
    private static Map<Integer, ExtractedParagraph> of2020;
    private static Map<Integer, ExtractedParagraph> of2017;

    @BeforeAll
    static void readSeeds() {
        report2020 = new ExtractionService().extract(Seeds.text(Seeds.REPORT_2020));
        report2017 = new ExtractionService().extract(Seeds.text(Seeds.REPORT_2017));
        of2020 = byNumber(report2020);
        of2017 = byNumber(report2017);
    }

    private static Map<Integer, ExtractedParagraph> byNumber(Extraction extraction) {
        return extraction.paragraphs().stream()
                .collect(Collectors.toMap(ExtractedParagraph::number, Function.identity()));
    }

    private static List<Integer> oneTo(int last) {
        return IntStream.rangeClosed(1, last).boxed().toList();
    }

    @Test
    void bothReportsAreRecognisedAsSgReports() {
        assertThat(report2020.document().kind()).isEqualTo(DocumentKind.SG_REPORT);
        assertThat(report2017.document().kind()).isEqualTo(DocumentKind.SG_REPORT);
    }

    @Test
    void report2020HasItsFrontMatterFacts() {
        DocumentFacts facts = report2020.document();
        assertThat(facts.date()).isEqualTo(LocalDate.of(2020, 11, 3));
        assertThat(facts.session()).isEqualTo(75);
        assertThat(facts.title())
                .isEqualTo("Implementation of the recommendations of the Special Committee on Peacekeeping Operations");
    }

    @Test
    void report2017TakesItsSymbolFromTheRunningHeadAndItsYearFromTheSymbolsSession() {
        assertThat(report2017.document().symbol()).isEqualTo("A/72/573");
        assertThat(report2017.document().date()).isNull();
        assertThat(report2017.document().session()).isEqualTo(72);
        assertThat(report2017.document().year()).isEqualTo(2017);
    }

    @Test
    void report2020HasExactly147ParagraphsInOrder() {
        assertThat(report2020.paragraphs()).extracting(ExtractedParagraph::number).containsExactlyElementsOf(oneTo(147));
    }

    @Test
    void report2017HasExactly132ParagraphsInOrder() {
        assertThat(report2017.paragraphs()).extracting(ExtractedParagraph::number).containsExactlyElementsOf(oneTo(132));
    }

    @Test
    void paragraphsCarryTheirSectionPathAndInnermostHeading() {
        assertThat(of2020.get(1).sectionPath()).containsExactly("I", "A");
        assertThat(of2020.get(1).heading()).isEqualTo("Perspectives for peacekeeping in a changing world");
        assertThat(of2020.get(7).sectionPath()).containsExactly("II");
        assertThat(of2020.get(11).sectionPath()).containsExactly("II", "C");
        assertThat(of2020.get(68).sectionPath()).containsExactly("VIII", "A", "1");
        assertThat(of2020.get(68).heading()).isEqualTo("Integrated performance policy framework");
        assertThat(of2020.get(147).sectionPath()).containsExactly("XII");
        assertThat(of2020.get(147).heading()).isEqualTo("Observations");
    }

    @Test
    void romanFiveAndTenAreSectionsNotLetteredSubsections() {
        assertThat(of2020.get(34).sectionPath()).containsExactly("V", "A");
        assertThat(of2020.get(34).heading()).startsWith("Ensuring the full, equal and meaningful participation");
        assertThat(of2020.get(119).sectionPath()).first().isEqualTo("X");
    }

    @Test
    void paragraphTextStartsAfterItsNumber() {
        assertThat(of2020.get(1).text()).startsWith("Since 1948, United Nations peacekeeping");
        assertThat(of2017.get(1).text()).startsWith("Developments over the past year underscored");
        assertThat(of2017.get(132).text()).startsWith("It is my hope that the Special Committee")
                .endsWith("with dynamism and openness.");
    }

    @Test
    void numberedSubHeadingsOf2017ReportAreHeadingsNotParagraphs() {
        assertThat(of2017.get(85).sectionPath()).containsExactly("V", "C", "1");
        assertThat(of2017.get(85).heading()).isEqualTo("Rapid deployment");
        assertThat(of2017.get(76).sectionPath()).containsExactly("V", "B", "6");
        assertThat(of2017.get(76).heading()).isEqualTo("Strategic communications");
        assertThat(of2017.get(75).text()).doesNotContain("Strategic communications").endsWith(".");
        assertThat(report2017.paragraphs()).noneMatch(p -> p.text().startsWith("Rapid deployment"));
    }

    @Test
    void headingWrappedOverTwoLinesIsOneHeading() {
        assertThat(of2017.get(4).heading()).isEqualTo("Reform initiatives by the Secretary-General: redefining peacekeeping");
        assertThat(of2017.get(100).heading())
                .isEqualTo("Causes, trends, prevention and mitigation of targeted attacks against peacekeeping");
        assertThat(of2017.get(100).text()).startsWith("Since November 2016");
    }

    @Test
    void wrappedLinesAreReflowedIntoOneParagraph() {
        String first = of2017.get(1).text();
        assertThat(first).contains("to renew the efficacy of multilateral mechanisms")
                .contains("The Organization and the international community require innovative responses.")
                .doesNotContain("  ").doesNotContain("\n");
        assertThat(of2017.get(73).text()).contains("increasingly high-paced and dangerous");
    }

    @Test
    void aYearAtTheStartOfAWrappedLineContinuesItsParagraph() {
        assertThat(of2017.get(42).text()).endsWith("over several months in 2017.");
        assertThat(of2017.get(122).text()).contains("approved in January 2017. I am confident");
    }

    @Test
    void runningHeadsPageFootersAndLinkListsStayOutOfParagraphs() {
        assertThat(of2017.get(108).text()).doesNotContain("A/72/573").doesNotContain("17-19483")
                .contains("highest number of fatalities, injuries and incidents");
        assertThat(of2017.get(9).text()).doesNotContain("undocs.org");
    }

    @Test
    void paragraphCutByAPageBreakOrAFigureIsRejoined() {
        assertThat(of2020.get(10).text()).contains("provided with a risk mitigation plan for COVID-19");
        assertThat(of2020.get(41).text()).contains("(equivalent to 35 per cent). A second global call");
        assertThat(of2020.get(127).text()).contains("African Union Commission in relation to");
    }

    @Test
    void figureCaptionsAndContentsAreNotParagraphs() {
        assertThat(report2020.paragraphs()).noneMatch(p -> p.text().contains("Representation of women deployed"));
        assertThat(report2020.paragraphs()).noneMatch(p -> p.text().contains("(Percentage)"));
        assertThat(of2020.get(112).text()).doesNotContain("State liaison functions");
    }

    @Test
    void noParagraphTextContainsMarkup() {
        assertThat(report2020.paragraphs()).extracting(ExtractedParagraph::text)
                .noneMatch(t -> t.contains("<sup>") || t.contains("**") || t.contains("<u>") || t.contains("\\")
                        || t.contains("](") || t.startsWith("#"));
        assertThat(of2020.get(25).text()).startsWith("In Kosovo, UNMIK");
        assertThat(of2020.get(17).text()).contains("$23.9 million");
    }

    @Test
    void wordsThatTheSourceSplitAreKeptAsWritten() {
        // The 2017 text carries its conversion's splits; a reader without the layout cannot prove a join.
        assertThat(of2017.get(2).text()).contains("increasingly non -permissive environments");
        assertThat(of2017.get(31).text()).contains("cohe rence");
        assertThat(of2017.get(1).text()).contains("among the drive rs of conflict");
        assertThat(report2017.warnings()).noneMatch(w -> w.contains("Repaired"));
    }

    @Test
    void wordsAreNeverJoinedByVocabulary() {
        String text = "# Report of the Secretary-General\n\n# I. Introduction\n\n"
                + "1. The asset was handed over as set out in the plan, and the re-establishment of the task force "
                + "followed in direct talks.\n\n2. A broad review of each asset, a direct channel and a taskforce "
                + "were set up in active missions.\n\n3. The frame work is a framework; the inactive ones wait.\n\n"
                + IntStream.rangeClosed(4, 12).mapToObj(n -> n + ". The report goes on.").collect(Collectors.joining("\n\n"));
        Extraction read = new ExtractionService().extract(text);
        assertThat(read.paragraphs().subList(0, 3)).extracting(ExtractedParagraph::text).containsExactly(
                "The asset was handed over as set out in the plan, and the re-establishment of the task force "
                        + "followed in direct talks.",
                "A broad review of each asset, a direct channel and a taskforce were set up in active missions.",
                "The frame work is a framework; the inactive ones wait.");
    }

    @Test
    void the2020ReportNeedsNoRepairs() {
        assertThat(report2020.warnings()).isEmpty();
    }
}
