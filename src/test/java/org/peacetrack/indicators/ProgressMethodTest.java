package org.peacetrack.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetrack.indicators.ProgressMethod.YearValue;

/** Open SDG's statuses on hand-made series, one for each status and for the edges between them. */
class ProgressMethodTest {

    private static final YearValue BASE_10_IN_2018 = new YearValue(2018, 10);
    private static final YearValue TARGET_20_IN_2028 = new YearValue(2028, 20);

    private static ProgressStatus higher(List<YearValue> values) {
        return ProgressMethod.status(BASE_10_IN_2018, values, TARGET_20_IN_2028, true).status();
    }

    @Test
    void aLatestValueAtOrBeyondTheTargetIsAchieved() {
        assertThat(higher(List.of(new YearValue(2020, 15), new YearValue(2024, 20)))).isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void growingAtTheRateTheTargetNeedsIsOnTrack() {
        // 10 doubling in ten years needs 7.18 % a year; 14.1 after five years is 7.1 %, 0.99 of the need
        assertThat(higher(List.of(new YearValue(2023, 14.1)))).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void growingTooSlowlyIsOffTrack() {
        assertThat(higher(List.of(new YearValue(2023, 12)))).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void movingAwayFromTheTargetIsRegressing() {
        assertThat(higher(List.of(new YearValue(2020, 11), new YearValue(2023, 8)))).isEqualTo(ProgressStatus.REGRESSING);
    }

    @Test
    void noValueAfterTheBaselineIsInsufficientData() {
        assertThat(higher(List.of(new YearValue(2017, 9), new YearValue(2018, 10)))).isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(ProgressMethod.status(null, List.of(new YearValue(2020, 12)), TARGET_20_IN_2028, true).status())
                .isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(ProgressMethod.status(BASE_10_IN_2018, List.of(new YearValue(2020, 12)), null, true).status())
                .isEqualTo(ProgressStatus.INSUFFICIENT_DATA);
    }

    @Test
    void forAMeasureWhereLowerIsBetterFallingIsProgress() {
        YearValue base = new YearValue(2017, 59);
        YearValue target = new YearValue(2027, 20);
        assertThat(ProgressMethod.status(base, List.of(new YearValue(2022, 34)), target, false).status())
                .isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(ProgressMethod.status(base, List.of(new YearValue(2022, 50)), target, false).status())
                .isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(ProgressMethod.status(base, List.of(new YearValue(2022, 70)), target, false).status())
                .isEqualTo(ProgressStatus.REGRESSING);
        assertThat(ProgressMethod.status(base, List.of(new YearValue(2022, 19)), target, false).status())
                .isEqualTo(ProgressStatus.ACHIEVED);
    }

    @Test
    void aZeroBaselineComparesLinearChangesInstead() {
        YearValue zero = new YearValue(2020, 0);
        assertThat(ProgressMethod.status(zero, List.of(new YearValue(2022, 5)), new YearValue(2030, 20), true).status())
                .isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(ProgressMethod.status(zero, List.of(new YearValue(2022, 1)), new YearValue(2030, 20), true).status())
                .isEqualTo(ProgressStatus.OFF_TRACK);
    }
}
