package org.peacetrack.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peacetrack.register.Status;
import org.peacetrack.register.UpdateSnapshot;
import org.peacetrack.register.WorkflowState;

class StateLineTest {

    @Test
    void aStateReadsAsTheLineTheLogAlwaysWroteWithMessageAndEvidenceOnlyWhenThereAreSome() {
        assertThat(StateLine.of(new UpdateSnapshot(WorkflowState.RETURNED, Status.IMPLEMENTED, "Add dates", 2,
                "A | B text"))).isEqualTo("RETURNED | IMPLEMENTED | message: Add dates | evidence: 2 | A | B text");
        assertThat(StateLine.of(new UpdateSnapshot(WorkflowState.DRAFT, Status.ONGOING, null, 0, "Text")))
                .isEqualTo("DRAFT | ONGOING | Text");
        assertThat(StateLine.of(new UpdateSnapshot(WorkflowState.DRAFT, Status.ONGOING, null, 0, null)))
                .isEqualTo("DRAFT | ONGOING | ");
        assertThat(StateLine.of(null)).isNull();
    }

    @Test
    void aLongNarrativeIsShownShortenedToThreeHundredCharactersThoughTheLogKeepsItWhole() {
        String whole = "x".repeat(301);

        assertThat(StateLine.text(new UpdateSnapshot(WorkflowState.DRAFT, Status.ONGOING, null, 0, whole)))
                .isEqualTo("x".repeat(297) + "...");
        assertThat(StateLine.text(new UpdateSnapshot(WorkflowState.DRAFT, Status.ONGOING, null, 0, "x".repeat(300))))
                .hasSize(300).doesNotEndWith("...");
    }

    @Test
    void aLineCarriedOverWithoutItsPartsReadsAsItWasLogged() {
        assertThat(StateLine.of(new UpdateSnapshot(null, null, null, 0, "just words"))).isEqualTo("just words");
    }
}
