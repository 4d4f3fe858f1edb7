package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peacetrack.reference.ReferenceData;

class NamedMentionsTest {

    private final NamedMentions mentions = new NamedMentions(ReferenceData.shared());

    @Test
    void acronymCountsOnlyAsAWholeWord() {
        assertThat(mentions.missions("Troops of UNMISS, (UNIFIL) and MONUSCO.")).containsExactly("MONUSCO", "UNMISS",
                "UNIFIL");
        assertThat(mentions.missions("UNMISSION, XUNIFIL, UNMISS-led and UNIFIL_2 name none")).isEmpty();
    }

    @Test
    void fullNameCountsAnywhereAsItsAcronym() {
        assertThat(mentions.missions("the United Nations Mission in South Sudan reported")).containsExactly("UNMISS");
        assertThat(mentions.entities("the Department of Peace Operations and OHCHR")).contains("DPO", "OHCHR")
                .doesNotContain("DOS");
    }

    @Test
    void acronymBesideNonAsciiLetterIsStillAWord() {
        assertThat(mentions.entities("éDPOé")).containsExactly("DPO");
    }

    @Test
    void blankTextNamesNothing() {
        assertThat(mentions.missions("  ")).isEmpty();
        assertThat(mentions.entities(null)).isEmpty();
    }
}
