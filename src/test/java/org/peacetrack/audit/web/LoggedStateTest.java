package org.peacetrack.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedStateTest {

    @Test
    void aLoggedStateReadsBackIntoStateStatusMessageEvidenceAndText() {
        LoggedState state = LoggedState.parse("RETURNED | IMPLEMENTED | message: Add dates | evidence: 2 | A | B text");

        assertThat(state).isEqualTo(new LoggedState("RETURNED", "IMPLEMENTED", "Add dates", "2", "A | B text"));
    }

    @Test
    void aStateWithoutMessageOrEvidenceIsJustStateStatusAndText() {
        assertThat(LoggedState.parse("DRAFT | ONGOING | Text")).isEqualTo(new LoggedState("DRAFT", "ONGOING", null, null, "Text"));
        assertThat(LoggedState.parse(null)).isNull();
    }
}
