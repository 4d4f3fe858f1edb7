package org.peacetrack.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final BarChart.Series ONE = new BarChart.Series("A", "first", "#000");
    private static final BarChart.Series TWO = new BarChart.Series("B", "second", "#111");
    private static final BarChart.Series UNUSED = new BarChart.Series("C", "third", "#222");

    @Test
    void segmentsAreProportionalToTheLargestTotalAndFollowEachOther() {
        BarChart chart = BarChart.of("c", "title", List.of(ONE, TWO, UNUSED), List.of(
                new BarChart.Row("big", List.of(30L, 10L, 0L), null),
                new BarChart.Row("small", List.of(0L, 20L, 0L), "50 %")), "share");
        double full = BarChart.WIDTH - BarChart.TOTAL_ROOM;
        BarChart.Bar big = chart.bars().get(0);
        assertThat(big.total()).isEqualTo(40);
        assertThat(big.segments()).extracting(BarChart.Segment::width).containsExactly(full * 0.75, full * 0.25);
        assertThat(big.segments().get(1).x()).isEqualTo(full * 0.75);
        assertThat(big.end()).isEqualTo(full);
        BarChart.Bar small = chart.bars().get(1);
        assertThat(small.segments()).singleElement().satisfies(s -> assertThat(s.width()).isEqualTo(full / 2));
        assertThat(small.y()).isEqualTo(BarChart.ROW);
        assertThat(small.value(ONE)).isZero();
        assertThat(small.value(TWO)).isEqualTo(20);
        assertThat(chart.usedSeries()).containsExactly(ONE, TWO);
        assertThat(chart.height()).isEqualTo(2 * BarChart.ROW);
    }

    @Test
    void aChartOfZerosDrawsNoSegment() {
        BarChart chart = BarChart.of("c", "title", List.of(ONE), List.of(new BarChart.Row("none", List.of(0L), null)), null);
        assertThat(chart.bars().get(0).segments()).isEmpty();
        assertThat(chart.usedSeries()).isEmpty();
    }
}
