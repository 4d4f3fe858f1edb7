package org.peacetrack.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Series and breakdowns narrowed to one dimension are read from data_value_dimension_total and give what the
 * raw values give: on a small hand-made fixture of two personnel types, two sexes, two missions and three months.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilteredReadsFromTotalsTest {

    @Autowired
    Indicators indicators;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ValueStore store;

    Indicator sum;
    Indicator average;

    @BeforeAll
    void fixture() {
        for (Aggregation aggregation : List.of(Aggregation.SUM, Aggregation.AVERAGE)) {
            catalog.save(new IndicatorDefinition("TOTALS_FIXTURE_" + aggregation, "Fixture " + aggregation, "test fixture",
                    "persons", aggregation, true, "test", null, null, null, List.of()));
        }
        indicators.forgetCaches();
        sum = indicators.find("TOTALS_FIXTURE_SUM").orElseThrow();
        average = indicators.find("TOTALS_FIXTURE_AVERAGE").orElseThrow();
        List<DataValueInput> values = new ArrayList<>();
        int n = 0;
        for (String period : List.of("2024-11", "2024-12", "2025-01")) {
            for (String mission : List.of("MINUSCA", "UNMISS")) {
                for (String type : List.of("Troops", "Police")) {
                    for (String sex : List.of("Female", "Male")) {
                        values.add(new DataValueInput(period, mission, Map.of("personnel_type", type, "sex", sex),
                                1 + (n++ * 7) % 23 + 0.5));
                    }
                }
            }
        }
        indicators.save(sum, values, "test");
        indicators.save(average, values, "test");
    }

    @Test
    void oneCategorysSeriesFromTheTotalsEqualsTheRawValues() {
        assertThat(jdbc.queryForObject("select count(*) from data_value_dimension_total where indicator_id = ?",
                Integer.class, sum.id())).isEqualTo(3 * 2 * 4);
        for (Indicator indicator : List.of(sum, average)) {
            for (Slice slice : List.of(Slice.of(null, Map.of("personnel_type", "Troops")),
                    Slice.of("UNMISS", Map.of("sex", "Female")), Slice.of(null, Map.of("personnel_type", "Troops|Police")))) {
                for (boolean yearly : List.of(true, false)) {
                    assertSame(series(indicator, slice, yearly), raw(indicator, slice, yearly));
                }
            }
        }
    }

    @Test
    void oneCategorysSeriesAddsTheValuesOfThatCategory() {
        Map<String, Double> monthly = series(sum, Slice.of(null, Map.of("personnel_type", "Troops")), false);
        double expected = jdbc.queryForObject("select sum(v.numeric_value) from data_value v join dimension_combo c on "
                + "c.id = v.combo_id where v.indicator_id = ? and v.period = '2024-12' and c.combo_key like "
                + "'%personnel_type=Troops%'", Double.class, sum.id());
        assertThat(monthly.get("2024-12")).isCloseTo(expected, within(1e-9));
    }

    @Test
    void breakdownsByOneDimensionFromTheTotalsEqualTheRawValues() {
        for (Indicator indicator : List.of(sum, average)) {
            Slice troops = Slice.of(null, Map.of("personnel_type", "Troops"));
            assertSame(indicators.breakdown(indicator, troops, "organisation", "2024"),
                    rawBreakdown(indicator, troops, "v.organisation", "v.period_year = 2024"));
            assertSame(indicators.breakdown(indicator, Slice.ALL, "sex", "2024-12"), rawBySex(indicator, "2024-12"));
            assertSame(indicators.breakdown(indicator, Slice.ALL, "organisation", "2025-01"),
                    rawBreakdown(indicator, Slice.ALL, "v.organisation", "v.period = '2025-01'"));
        }
    }

    @Test
    void readsOnTwoDimensionsFromTheCombinationTotalsEqualTheRawValues() {
        assertThat(jdbc.queryForObject("select count(*) from data_value_combo_total where indicator_id = ?",
                Integer.class, sum.id())).isEqualTo(3 * 4);
        for (Indicator indicator : List.of(sum, average)) {
            for (Slice slice : List.of(Slice.of(null, Map.of("personnel_type", "Troops", "sex", "Female")),
                    Slice.of(null, Map.of("personnel_type", "Troops|Police", "sex", "Male")),
                    Slice.of("UNMISS", Map.of("personnel_type", "Police", "sex", "Female")))) {
                for (boolean yearly : List.of(true, false)) {
                    assertSame(series(indicator, slice, yearly), raw(indicator, slice, yearly));
                }
            }
            Slice troops = Slice.of(null, Map.of("personnel_type", "Troops"));
            Map<String, Double> bySex = new TreeMap<>();
            for (String sex : List.of("Female", "Male")) {
                Slice both = Slice.of(null, Map.of("personnel_type", "Troops", "sex", sex));
                bySex.put(sex, rawBreakdown(indicator, both, "v.period_year", "v.period_year = 2024").get("2024"));
            }
            // a breakdown by sex under a filter on personnel type: the combination totals, joined to the sex values
            assertSame(indicators.breakdown(indicator, troops, "sex", "2024"), bySex);
        }
    }

    @Test
    void aSeriesOnTwoDimensionsWithoutAMissionIsReadFromTheCombinationTotals() {
        Slice slice = Slice.of(null, Map.of("personnel_type", "Police", "sex", "Female"));
        double before = series(sum, slice, false).get("2024-12");
        jdbc.update("update data_value_combo_total set value_sum = value_sum + 1000 where indicator_id = ? and period = "
                + "'2024-12'", sum.id());
        try {
            assertThat(series(sum, slice, false).get("2024-12")).isCloseTo(before + 1000, within(1e-9));
            // within one mission the combination totals (over all missions) cannot answer: the raw values do
            assertThat(series(sum, Slice.of("UNMISS", slice.joined()), false).get("2024-12"))
                    .isCloseTo(raw(sum, Slice.of("UNMISS", slice.joined()), false).get("2024-12"), within(1e-9));
        } finally {
            store.refreshTotals(sum.id());
        }
        assertThat(series(sum, slice, false).get("2024-12")).isCloseTo(before, within(1e-9));
    }

    private Map<String, Double> series(Indicator indicator, Slice slice, boolean yearly) {
        Map<String, Double> points = new TreeMap<>();
        indicators.series(indicator, slice, yearly).forEach(p -> points.put(p.period(), p.value()));
        return points;
    }

    /** The series computed straight from data_value, as the reads did before the dimension totals. */
    private Map<String, Double> raw(Indicator indicator, Slice slice, boolean yearly) {
        SliceSql sql = SliceSql.of(indicator.id(), slice);
        String period = yearly ? "cast(v.period_year as varchar(4))" : "v.period";
        String value = indicator.aggregation() == Aggregation.AVERAGE ? "avg(v.numeric_value)" : "sum(v.numeric_value)";
        Map<String, Double> points = new TreeMap<>();
        jdbc.query("select " + period + ", " + value + " from data_value v where " + sql.where() + " group by " + period,
                rs -> {
                    points.put(rs.getString(1), rs.getDouble(2));
                }, sql.args().toArray());
        return points;
    }

    private Map<String, Double> rawBreakdown(Indicator indicator, Slice slice, String group, String period) {
        SliceSql sql = SliceSql.of(indicator.id(), slice);
        String value = indicator.aggregation() == Aggregation.AVERAGE ? "avg(v.numeric_value)" : "sum(v.numeric_value)";
        Map<String, Double> found = new TreeMap<>();
        jdbc.query("select " + group + ", " + value + " from data_value v where " + sql.where() + " and " + period
                + " group by " + group, rs -> {
                    found.put(rs.getString(1), rs.getDouble(2));
                }, sql.args().toArray());
        return found;
    }

    private Map<String, Double> rawBySex(Indicator indicator, String period) {
        Map<String, Double> found = new TreeMap<>();
        for (String sex : List.of("Female", "Male")) {
            found.put(sex, rawBreakdown(indicator, Slice.of(null, Map.of("sex", sex)), "v.period",
                    "v.period = '" + period + "'").get(period));
        }
        return found;
    }

    private static void assertSame(Map<String, Double> actual, Map<String, Double> expected) {
        assertThat(expected).isNotEmpty();
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, value) -> assertThat(actual.get(key)).as(key).isCloseTo(value, within(1e-9)));
    }
}
