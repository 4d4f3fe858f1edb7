package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.Seeds;

class AddendumMentionsTest {

    private static Map<Integer, AddendumEntry> byNumber;

    @BeforeAll
    static void readSeed() {
        byNumber = new ExtractionService().extract(Seeds.text(Seeds.ADDENDUM_2024)).entries().stream()
                .collect(Collectors.toMap(AddendumEntry::paragraph, Function.identity()));
    }

    private static Mentions mentions(int paragraph) {
        return byNumber.get(paragraph).mentions();
    }

    @Test
    void documentSymbolsAreFoundIncludingRevisions() {
        assertThat(mentions(44).documents()).containsExactly("ST/SGB/2024/4", "ST/AI/2021/4/Rev.1");
        assertThat(mentions(49).documents()).contains("A/77/19");
    }

    @Test
    void resolutionsAreFoundWithTheirYear() {
        assertThat(mentions(64).resolutions()).contains("2719 (2023)");
        assertThat(mentions(22).resolutions()).containsExactly("77/297");
    }

    @Test
    void missionsAreFoundByAcronymAndByFullName() {
        assertThat(mentions(55).missions()).contains("MONUSCO", "MINUSCA", "UNMISS", "UNISFA");
        assertThat(mentions(123).missions()).contains("MINURSO", "UNMIK", "UNFICYP");
        assertThat(mentions(64).missions()).contains("UNSOS");
    }

    @Test
    void entitiesAreFoundByFullName() {
        assertThat(mentions(43).entities()).contains("OIOS");
        assertThat(mentions(62).entities()).contains("DOS");
        assertThat(mentions(75).entities()).contains("DPO");
    }

    @Test
    void aPlainEntryNamesNothing() {
        assertThat(mentions(26)).isEqualTo(Mentions.NONE);
    }
}
