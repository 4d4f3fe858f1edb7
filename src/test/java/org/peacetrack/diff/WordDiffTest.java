package org.peacetrack.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void changedWordsAreRemovedAndAddedAndTheRestIsShared() {
        List<DiffPart> parts = WordDiff.between("Implementation is ongoing.", "Implementation was completed in 2025.");

        assertThat(parts).extracting(DiffPart::kind).containsExactly(DiffPart.Kind.SAME, DiffPart.Kind.REMOVED,
                DiffPart.Kind.ADDED);
        assertThat(parts.get(0).text()).isEqualTo("Implementation ");
        assertThat(parts.get(1).text()).isEqualTo("is ongoing.");
        assertThat(parts.get(2).text()).isEqualTo("was completed in 2025.");
    }

    @Test
    void thePartsGiveBackBothTextsExactly() {
        String before = "The  policy\nwas issued in March.";
        String after = "The policy\nwas issued in March 2025, and training followed.";
        List<DiffPart> parts = WordDiff.between(before, after);

        assertThat(parts.stream().filter(p -> !p.added()).map(DiffPart::text).collect(Collectors.joining())).isEqualTo(before);
        assertThat(parts.stream().filter(p -> !p.removed()).map(DiffPart::text).collect(Collectors.joining())).isEqualTo(after);
    }

    @Test
    void aMissingTextIsAllAddedOrAllRemoved() {
        assertThat(WordDiff.between(null, "New text")).containsExactly(new DiffPart(DiffPart.Kind.ADDED, "New text"));
        assertThat(WordDiff.between("Old", "")).containsExactly(new DiffPart(DiffPart.Kind.REMOVED, "Old"));
        assertThat(WordDiff.between("Same", "Same")).containsExactly(new DiffPart(DiffPart.Kind.SAME, "Same"));
    }
}
