package org.peacetrack.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

    private static final LocalDate DATE = LocalDate.of(2024, 10, 25);

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        assertThat(Formats.date(DATE, Locale.ENGLISH)).isEqualTo("25 October 2024");
        assertThat(Formats.date(DATE, Locale.FRENCH)).isEqualTo("25 octobre 2024");
        assertThat(Formats.date(DATE, Locale.CANADA_FRENCH)).isEqualTo("25 octobre 2024");
    }

    @Test
    void aMomentIsWrittenInUtcAndSaysSo() {
        Instant moment = Instant.parse("2024-10-25T14:05:00Z");
        assertThat(Formats.dateTime(moment, Locale.ENGLISH)).isEqualTo("25 October 2024, 14:05 UTC");
        assertThat(Formats.dateTime(moment, Locale.FRENCH)).isEqualTo("25 octobre 2024, 14:05 UTC");
        assertThat(Formats.date(moment, Locale.FRENCH)).isEqualTo("25 octobre 2024");
    }

    @Test
    void numbersAreGroupedWithEachLanguagesSeparators() {
        assertThat(Formats.number(1234, Locale.ENGLISH)).isEqualTo("1,234");
        assertThat(Formats.number(1234, Locale.FRENCH)).isEqualTo("1\u202f234");
        assertThat(Formats.number(12.5, Locale.FRENCH)).isEqualTo("12,5");
        assertThat(Formats.decimal(0.8, 2, Locale.ENGLISH)).isEqualTo("0.80");
        assertThat(Formats.decimal(0.875, 2, Locale.FRENCH)).isEqualTo("0,88");
    }

    @Test
    void anotherLanguageIsWrittenAsEnglishIsAndNothingStaysNothing() {
        assertThat(Formats.date(DATE, Locale.GERMAN)).isEqualTo("25 October 2024");
        assertThat(Formats.number(1234, Locale.GERMAN)).isEqualTo("1,234");
        assertThat(Formats.date(null, Locale.FRENCH)).isNull();
        assertThat(Formats.number(null, Locale.FRENCH)).isNull();
    }

    @Test
    void theTemplatesHelperUsesTheRequestsLanguage() {
        try {
            LocaleContextHolder.setLocale(Locale.FRENCH);
            assertThat(new Formats().date(DATE)).isEqualTo("25 octobre 2024");
            assertThat(new Formats().number(1234)).isEqualTo("1\u202f234");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
