package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.Seeds;

/**
 * Mutations of the initiatives summary and of a document numbered per part ("5.I.1"): a numbered block
 * inserted, deleted, renumbered or split is either in the output or named in a warning.
 */
class NumberedBlocksOfOtherKindsAccountedForTest {

    private static final String FASCICLE = """
            United Nations

            A/81/6 (Sect. 5)

            General Assembly

            Distr.: General

            1 April 2026

            Original: English

            Proposed programme budget for 2027

            I. Department of Peace Operations

            5.I.1 The Department supports peace operations.

            5.I.2 The strategy continues to be guided by mandates.

            1. Meetings of the Fifth Committee

            5.I.3 Partnerships remain essential.

            II. United Nations Truce Supervision Organization

            5.II.1 The Organization was established in 1948.

            5.II.2 The mission will continue its observation.
            """;

    private final ExtractionService service = new ExtractionService();

    private static List<String> labels(Extraction e) {
        return e.paragraphs().stream().map(p -> p.label() != null ? p.label() : String.valueOf(p.number())).toList();
    }

    @Test
    void paragraphsNumberedPerPartKeepTheirPrintedLabels() {
        Extraction e = service.extract(FASCICLE);
        assertThat(labels(e)).containsExactly("5.I.1", "5.I.2", "5.I.3", "5.II.1", "5.II.2");
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void aParagraphDeletedInAPartIsNamedAsAJump() {
        Extraction e = service.extract(FASCICLE.replace("5.I.2 The strategy continues to be guided by mandates.\n\n", ""));
        assertThat(labels(e)).containsExactly("5.I.1", "5.I.3", "5.II.1", "5.II.2");
        assertThat(e.warnings()).anyMatch(w -> w.contains("jumps from 5.I.1 to 5.I.3"));
    }

    @Test
    void aPartWhoseFirstParagraphIsDeletedIsNamed() {
        Extraction e = service.extract(FASCICLE.replace("5.II.1 The Organization was established in 1948.\n\n", ""));
        assertThat(e.warnings()).anyMatch(w -> w.contains("part 5.II. starts at 5.II.2"));
    }

    @Test
    void aParagraphRepeatedInAPartIsNamed() {
        Extraction e = service.extract(FASCICLE.replace("5.I.3 Partnerships", "5.I.2 Partnerships"));
        assertThat(labels(e)).containsExactly("5.I.1", "5.I.2", "5.II.1", "5.II.2");
        assertThat(e.warnings()).anyMatch(w -> w.contains("block numbered 5.I.2 after paragraph 5.I.2"));
    }

    @Test
    void aParagraphSplitInTwoBlocksStaysOneParagraph() {
        Extraction e = service.extract(FASCICLE.replace("The strategy continues", "The strategy\n\ncontinues"));
        assertThat(labels(e)).containsExactly("5.I.1", "5.I.2", "5.I.3", "5.II.1", "5.II.2");
        assertThat(e.paragraphs().get(1).text()).startsWith("The strategy continues");
    }

    @Test
    void anInitiativeRenumberedIsNamedAndKeptInTheOneBefore() {
        String seed = Seeds.text(Seeds.INITIATIVES);
        Extraction e = service.extract(seed.replaceFirst("(?m)^3\\. \\*\\*\\*Boosting", "7. ***Boosting"));
        assertThat(e.warnings()).anyMatch(w -> w.contains("block numbered 7 after initiative 2"));
        assertThat(e.paragraphs().get(1).text()).contains("Boosting leadership");
    }

    @Test
    void anInitiativeDeletedIsNamedAsTheNextOneNotContinuing() {
        String seed = Seeds.text(Seeds.INITIATIVES);
        String mutated = seed.replaceFirst("(?m)^2\\. \\*\\*\\*Enhancing command[^\\n]*\\n", "");
        Extraction e = service.extract(mutated);
        assertThat(e.warnings()).anyMatch(w -> w.contains("block numbered 3 after initiative 1"));
    }
}
