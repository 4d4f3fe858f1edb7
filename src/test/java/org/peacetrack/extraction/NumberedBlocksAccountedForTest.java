package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.Seeds;

/**
 * Mutations of the seeds: every numbered block that is inserted, deleted, renumbered or split either ends
 * up in the output or is named in a warning.
 */
class NumberedBlocksAccountedForTest {

    private final ExtractionService service = new ExtractionService();

    private static String replaceLineStart(String text, String start, String replacement) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(start)).matcher(text);
        assertThat(m.find()).as("the seed has a line starting " + start).isTrue();
        return text.substring(0, m.start()) + replacement + text.substring(m.end());
    }

    private static List<Integer> entries(Extraction e) {
        return e.entries().stream().map(AddendumEntry::paragraph).toList();
    }

    private static List<Integer> paragraphs(Extraction e) {
        return e.paragraphs().stream().map(ExtractedParagraph::number).toList();
    }

    @Test
    void followOnParagraphOpeningWithALargerNumberSwallowsNoEntries() {
        String seed = Seeds.text(Seeds.ADDENDUM_2024);
        String mutated = replaceLineStart(seed, "40 ", "39 Its first paragraph.\n\n45 peacekeepers were trained.\n\n40 ");
        mutated = mutated.replaceFirst("(?m)^39 All personnel", "All personnel");
        Extraction e = service.extract(mutated);
        assertThat(entries(e)).hasSize(121).contains(40, 41, 42, 43, 44);
        assertThat(e.warnings()).anyMatch(w -> w.contains("numbered 45 inside entry 39"));
    }

    @Test
    void addendumEntryRenumberedFarAheadIsNamedAndTheNextEntriesSurvive() {
        Extraction e = service.extract(replaceLineStart(Seeds.text(Seeds.ADDENDUM_2024), "40 ", "124 "));
        assertThat(entries(e)).hasSize(120).contains(39, 41, 42).doesNotContain(40, 124);
        assertThat(e.warnings()).anyMatch(w -> w.contains("numbered 124 inside entry 39"));
    }

    @Test
    void addendumEntryRepeatedIsNamed() {
        Extraction e = service.extract(replaceLineStart(Seeds.text(Seeds.ADDENDUM_2024), "41 ", "40 "));
        assertThat(entries(e)).hasSize(120).doesNotHaveDuplicates();
        assertThat(e.warnings()).anyMatch(w -> w.contains("numbered 40 inside entry 40") && w.contains("repeats"));
    }

    @Test
    void addendumEntrySplitInTwoBlocksStaysOneEntryWithoutWarning() {
        Extraction e = service.extract(replaceLineStart(Seeds.text(Seeds.ADDENDUM_2024), "40 Implementation is ongoing. ",
                "40 Implementation is ongoing.\n\n"));
        assertThat(entries(e)).hasSize(121);
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void reportParagraphDeletedIsNamedAsAJump() {
        String seed = Seeds.text(Seeds.REPORT_2020);
        Extraction e = service.extract(replaceLineStart(seed, "50. ", "").replaceFirst("(?m)^\\S.*\\n(?=\\n*51\\. )", ""));
        assertThat(paragraphs(e)).doesNotContain(50).contains(49, 51);
        assertThat(e.warnings()).anyMatch(w -> w.contains("jumps from 49 to 51"));
    }

    @Test
    void reportParagraphInsertedTwiceIsNamed() {
        Extraction e = service.extract(replaceLineStart(Seeds.text(Seeds.REPORT_2020), "51. ", "50. A repeated paragraph.\n\n51. "));
        assertThat(paragraphs(e)).hasSize(147).doesNotHaveDuplicates();
        assertThat(e.warnings()).anyMatch(w -> w.contains("block numbered 50 after paragraph 50"));
    }

    @Test
    void reportParagraphRenumberedIsNamed() {
        Extraction e = service.extract(replaceLineStart(Seeds.text(Seeds.REPORT_2020), "60. ", "63. "));
        assertThat(e.warnings()).anyMatch(w -> w.contains("jumps from 59 to 63"))
                .anyMatch(w -> w.contains("block numbered 61 after paragraph 63"));
    }

    @Test
    void reportParagraphSplitInTwoBlocksStaysOneParagraph() {
        String seed = Seeds.text(Seeds.REPORT_2020);
        Extraction original = service.extract(seed);
        Extraction e = service.extract(replaceLineStart(seed, "60. Force protection is being strengthened",
                "60. Force protection\n\nis being strengthened"));
        assertThat(paragraphs(e)).isEqualTo(paragraphs(original));
        assertThat(e.warnings()).isEqualTo(original.warnings());
    }
}
