package org.peacetrack.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** A coded refusal reads in the reader's language through its code, and in English where it has none. */
class CodedMessageTest {

    private static final class Refused extends CodedArgumentException {
        Refused(String code, String english, Object... arguments) {
            super(code, english, arguments);
        }
    }

    private final StaticMessageSource messages = new StaticMessageSource();

    @Test
    void aRefusalWithACodeReadsInTheReadersLanguageWithItsArguments() {
        messages.addMessage("item.unknown", Locale.FRENCH, "Pas de recommandation {0}");

        String french = messages.getMessage(new Refused("item.unknown", "No recommendation 38", 38), Locale.FRENCH);

        assertThat(french).isEqualTo("Pas de recommandation 38");
    }

    @Test
    void aRefusalWithoutACodeReadsInEnglish() {
        Refused refused = new Refused(null, "No recommendation 38");

        assertThat(refused.getCodes()).isNull();
        assertThat(messages.getMessage(refused, Locale.FRENCH)).isEqualTo("No recommendation 38");
    }
}
