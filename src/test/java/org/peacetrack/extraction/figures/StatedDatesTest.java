package org.peacetrack.extraction.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dates that figures and mastheads state; the fuzzer's findings are the last two (ADR 0050). */
class StatedDatesTest {

    @Test
    void aFullDateIsReadAsTheCalendarDay() {
        assertThat(StatedDates.date("28 October 2020")).isEqualTo(LocalDate.of(2020, 10, 28));
    }

    @Test
    void aMonthAndYearWithoutADayIsNoDate() {
        assertThat(StatedDates.date("August 2020")).isNull();
    }

    @Test
    void aDayBeyondTheMonthIsNoDateRatherThanAnError() {
        assertThat(StatedDates.date("56 October 2020")).isNull();
        assertThat(StatedDates.date("29 February 2021")).isNull();
        assertThat(StatedDates.date("29 February 2020")).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void dayZeroIsNoDateRatherThanAnError() {
        assertThat(StatedDates.date("0 March 2020")).isNull();
    }
}
