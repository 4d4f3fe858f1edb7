package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.testing.Seeds;

class PrioritiesRecogniserTest {

    private static Extraction priorities;

    @BeforeAll
    static void readSeed() {
        priorities = new ExtractionService().extract(Seeds.text(Seeds.PRIORITIES));
    }

    @Test
    void prioritiesDocumentIsRecognisedWithItsCoverTitle() {
        assertThat(priorities.document().kind()).isEqualTo(DocumentKind.PRIORITIES);
        assertThat(priorities.document().title()).isEqualToIgnoringCase("Action for Peacekeeping +: Priorities for 2021-2023");
    }

    @Test
    void sevenUnderlinedPrioritiesAreFoundWithTheirTitles() {
        assertThat(priorities.paragraphs()).filteredOn(p -> p.sectionPath().equals(PrioritiesRecogniser.PRIORITIES))
                .extracting(ExtractedParagraph::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(priorities.paragraphs().get(0).title()).isEqualTo("Collective coherence behind a political strategy");
        assertThat(priorities.paragraphs().get(1).title()).isEqualTo("Strategic and operational integration");
        assertThat(priorities.paragraphs().get(6).title()).isEqualTo("Cooperation with host countries");
        assertThat(priorities.paragraphs().get(2).heading()).isEqualTo("A4P+ Priorities for 2021-2023");
    }

    @Test
    void priorityTextRunsOverItsParagraphsAfterTheTitle() {
        String capabilities = priorities.paragraphs().get(2).text();
        assertThat(capabilities).startsWith("In recent years, we have collectively improved");
        assertThat(capabilities.split("\n\n")).hasSize(3);
        assertThat(priorities.paragraphs().get(6).text()).contains("Status of Forces Agreement (SOFA)");
    }

    @Test
    void crossCuttingThemesFollowThePrioritiesAsEightAndNineUnderCrossCutting() {
        assertThat(priorities.paragraphs()).hasSize(9);
        ExtractedParagraph womenPeaceSecurity = priorities.paragraphs().get(7);
        ExtractedParagraph technology = priorities.paragraphs().get(8);
        assertThat(womenPeaceSecurity.number()).isEqualTo(8);
        assertThat(womenPeaceSecurity.sectionPath()).isEqualTo(PrioritiesRecogniser.CROSS_CUTTING);
        assertThat(womenPeaceSecurity.text()).contains("WPS agenda").contains("We must go beyond the overall numbers");
        assertThat(technology.number()).isEqualTo(9);
        assertThat(technology.text()).startsWith("Finally, we must accelerate").contains("technology strategy")
                .doesNotContain("Conclusion").doesNotContain("A4P+ is part of a renewed");
    }

    @Test
    void noPriorityTextContainsMarkup() {
        assertThat(priorities.paragraphs()).extracting(ExtractedParagraph::text)
                .noneMatch(t -> t.contains("<u>") || t.contains("</u>") || t.contains("**"));
    }

    @Test
    void headingBetweenPrioritiesMakesNoPriorityACrossCuttingThemeAndDropsNothing() {
        String seed = Seeds.text(Seeds.PRIORITIES);
        int fourth = seed.indexOf("4. <u>");
        Extraction read = new ExtractionService().extract(seed.substring(0, fourth) + "Accountability\n\n" + seed.substring(fourth));
        assertThat(read.paragraphs()).filteredOn(p -> p.sectionPath().equals(PrioritiesRecogniser.PRIORITIES))
                .extracting(ExtractedParagraph::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(read.paragraphs()).filteredOn(p -> p.sectionPath().equals(PrioritiesRecogniser.CROSS_CUTTING))
                .hasSameSizeAs(priorities.paragraphs().stream()
                        .filter(p -> p.sectionPath().equals(PrioritiesRecogniser.CROSS_CUTTING)).toList());
    }

    @Test
    void numberedBlockAfterTheLastThemeIsReadOrNamed() {
        String seed = Seeds.text(Seeds.PRIORITIES);
        Extraction read = new ExtractionService().extract(seed + "\n\n8. <u>A late priority</u>: Its text.\n\n9. An unnamed numbered block.\n");
        assertThat(read.paragraphs()).anyMatch(p -> p.number() == 8 && "A late priority".equals(p.title()));
        boolean kept = read.paragraphs().stream().anyMatch(p -> p.text().contains("An unnamed numbered block"));
        boolean named = read.warnings().stream().anyMatch(w -> w.contains("An unnamed numbered block"));
        assertThat(kept || named).as("the numbered block is kept or named in a warning").isTrue();
    }

    @Test
    void theSeedLeavesNoWarnings() {
        assertThat(priorities.warnings()).isEmpty();
    }
}
