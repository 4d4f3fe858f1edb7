package org.peacetrack.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.peacetrack.documents.TextRepair;
import org.junit.jupiter.api.Test;

/**
 * Every change a reader makes to the source's characters is recorded with the original kept: the only one
 * today is a hyphen dropped at a line end where the document itself confirms the joined word.
 */
class TextRepairsTest {

    @Test
    void aHyphenDroppedAtALineEndIsRecordedWithBothHalvesAsSet() {
        HyphenJoiner joiner = new HyphenJoiner(List.of("the peacekeeping operations", "of peace-", "keeping missions"));

        assertThat(joiner.join("of peace-", "keeping missions")).isEqualTo("of peacekeeping missions");
        assertThat(joiner.repairs()).singleElement().satisfies(repair -> {
            assertThat(repair.original()).isEqualTo("peace-\nkeeping");
            assertThat(repair.repaired()).isEqualTo("peacekeeping");
            assertThat(repair.proof()).contains("\"peacekeeping\" elsewhere").contains("never \"peace-keeping\"");
            assertThat(repair.context()).isEqualTo("of peacekeeping missions");
        });
    }

    @Test
    void aRepairIsKeptWithUpToThreeWordsEitherSideAsRead() {
        HyphenJoiner joiner = new HyphenJoiner(List.of("peacekeeping", "one two three four peace-", "keeping five six seven eight"));

        joiner.join("one two three four peace-", "keeping five six seven eight");

        assertThat(joiner.repairs()).singleElement().extracting(TextRepair::context)
                .isEqualTo("two three four peacekeeping five six seven");
    }

    @Test
    void aHyphenKeptIsNoRepair() {
        HyphenJoiner joiner = new HyphenJoiner(List.of("the Secretary-", "General and the Secretary-General"));

        assertThat(joiner.join("the Secretary-", "General and")).isEqualTo("the Secretary-General and");
        assertThat(joiner.join("A/74/976-", "S/2020/773)")).isEqualTo("A/74/976-S/2020/773)");
        assertThat(joiner.repairs()).isEmpty();
    }

    @Test
    void aHyphenSetApartOpensTheNextWordWhereTheProducerSetsSpacesAtWrappedLineEnds() {
        List<String> lines = List.of("increasingly non -", "permissive environments");

        assertThat(new HyphenJoiner(lines, true).join("increasingly non -", "permissive environments"))
                .isEqualTo("increasingly non -permissive environments");
        assertThat(new HyphenJoiner(lines, true).join("increasingly non - ", "permissive environments"))
                .as("a space glyph after it: the dash stands between words").isEqualTo("increasingly non - permissive environments");
        assertThat(new HyphenJoiner(lines, false).join("increasingly non -", "permissive environments"))
                .as("a producer that sets no spaces at line ends says nothing").isEqualTo("increasingly non - permissive environments");
    }
}
