package org.peacetrack.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Series and breakdowns of an indicator over a slice: from the totals tables (TotalsSql) when one of them
 * answers, otherwise straight from data_value (two or more dimensions filtered within one mission).
 */
@Component
class IndicatorQueries {

    private final JdbcTemplate jdbc;
    private final IndicatorCatalog catalog;

    IndicatorQueries(JdbcTemplate jdbc, IndicatorCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    List<Point> series(Indicator indicator, Slice slice, boolean yearly) {
        if (indicator.isRatio()) {
            Indicator num = required(indicator.numerator());
            Indicator den = required(indicator.denominator());
            Map<String, Double> n = values(sums(num, slice), num, yearly, Aggregation.RATIO);
            Map<String, Double> d = values(sums(den, slice), den, yearly, Aggregation.RATIO);
            double scale = indicator.ratioScale() == null ? 1 : indicator.ratioScale();
            List<Point> points = new ArrayList<>();
            d.forEach((period, denominator) -> points.add(new Point(period,
                    denominator == 0 ? null : n.getOrDefault(period, 0.0) / denominator * scale)));
            return points;
        }
        return values(sums(indicator, slice), indicator, yearly, indicator.aggregation()).entrySet().stream()
                .map(e -> new Point(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, Double> values(PeriodSums sums, Indicator indicator, boolean yearly, Aggregation rollUp) {
        Aggregation own = indicator.aggregation();
        return (yearly ? sums.years(rollUp == Aggregation.RATIO ? Aggregation.LAST : own) : sums).values(own);
    }

    private PeriodSums sums(Indicator indicator, Slice slice) {
        PeriodSums sums = PeriodSums.empty();
        TotalsSql totals = TotalsSql.of(indicator.id(), slice);
        if (totals != null) {
            jdbc.query("select t.period, sum(t.value_sum), sum(t.value_count) from " + totals.from() + " where "
                    + totals.where() + " group by t.period", rs -> {
                        sums.add(rs.getString(1), rs.getDouble(2), rs.getLong(3));
                    }, totals.args().toArray());
            return sums;
        }
        SliceSql sql = SliceSql.of(indicator.id(), slice);
        jdbc.query("select v.period, sum(v.numeric_value), count(*) from data_value v where " + sql.where()
                + " group by v.period", rs -> {
                    sums.add(rs.getString(1), rs.getDouble(2), rs.getLong(3));
                }, sql.args().toArray());
        return sums;
    }

    /**
     * The indicator's value per organisation (by = "organisation") or per value of a dimension, in one period
     * (a year rolls up its months as the series does).
     */
    Map<String, Double> breakdown(Indicator indicator, Slice slice, String by, String period) {
        if (indicator.isRatio()) {
            Map<String, Double> n = breakdown(required(indicator.numerator()), slice, by, period);
            Map<String, Double> d = breakdown(required(indicator.denominator()), slice, by, period);
            double scale = indicator.ratioScale() == null ? 1 : indicator.ratioScale();
            Map<String, Double> ratio = new TreeMap<>();
            d.forEach((group, den) -> {
                if (den != 0) {
                    ratio.put(group, n.getOrDefault(group, 0.0) / den * scale);
                }
            });
            return ratio;
        }
        boolean byOrganisation = "organisation".equals(by);
        TotalsSql totals = byOrganisation ? TotalsSql.byOrganisation(indicator.id(), slice)
                : TotalsSql.groupedBy(indicator.id(), slice, by);
        List<Object> args = new ArrayList<>();
        String from;
        String group;
        String value;
        String alias;
        if (totals != null) {
            alias = "t";
            from = totals.from() + " where " + totals.where();
            group = byOrganisation ? "t.organisation" : "dv.code";
            value = indicator.aggregation() == Aggregation.AVERAGE ? "sum(t.value_sum) / sum(t.value_count)"
                    : "sum(t.value_sum)";
            args.addAll(totals.args());
        } else {
            SliceSql sql = SliceSql.of(indicator.id(), slice);
            alias = "v";
            group = byOrganisation ? "v.organisation" : "dv.code";
            from = "data_value v" + (byOrganisation ? "" : " join dimension_combo_value cv on cv.combo_id = v.combo_id join "
                    + "dimension_value dv on dv.id = cv.dimension_value_id join dimension d on d.id = dv.dimension_id and "
                    + "d.code = ?") + " where " + sql.where();
            value = indicator.aggregation() == Aggregation.AVERAGE ? "avg(v.numeric_value)" : "sum(v.numeric_value)";
            if (!byOrganisation) {
                args.add(by);
            }
            args.addAll(sql.args());
        }
        String periodClause;
        if (period.length() == 4 && indicator.aggregation() == Aggregation.LAST) {
            periodClause = " and " + alias + ".period = ?";
            args.add(lastPeriodOf(indicator, period));
        } else if (period.length() == 4) {
            periodClause = " and " + alias + ".period_year = ?";
            args.add(Integer.valueOf(period));
        } else {
            periodClause = " and " + alias + ".period = ?";
            args.add(period);
        }
        Map<String, Double> values = new LinkedHashMap<>();
        jdbc.query("select " + group + ", " + value + " from " + from + periodClause + " group by " + group
                + " order by 2 desc", rs -> {
                    values.put(rs.getString(1), rs.getDouble(2));
                }, args.toArray());
        return values;
    }

    private String lastPeriodOf(Indicator indicator, String year) {
        List<String> periods = jdbc.queryForList("select max(period) from data_value_total where indicator_id = ? and "
                + "period_year = ?", String.class, indicator.id(), Integer.valueOf(year));
        return periods.isEmpty() || periods.get(0) == null ? year : periods.get(0);
    }

    /** The dimensions an indicator's values use (a ratio's: its denominator's), each with its values. */
    Map<String, List<String>> dimensions(Indicator indicator) {
        Indicator source = indicator.isRatio() ? required(indicator.denominator()) : indicator;
        Map<String, List<String>> found = new TreeMap<>();
        jdbc.query("select distinct d.code, dv.code from dimension_combo_value cv join dimension_value dv on dv.id = "
                + "cv.dimension_value_id join dimension d on d.id = dv.dimension_id where cv.combo_id in (select distinct "
                + "combo_id from data_value where indicator_id = ?) order by d.code, dv.code", rs -> {
                    found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, source.id());
        return found;
    }

    List<String> organisations(Indicator indicator) {
        Indicator source = indicator.isRatio() ? required(indicator.denominator()) : indicator;
        return jdbc.queryForList("select distinct organisation from data_value_total where indicator_id = ? order by 1",
                String.class, source.id());
    }

    /** Whether the indicator's values are months (or days, quarters) rather than years. */
    String finestPeriod(Indicator indicator) {
        Indicator source = indicator.isRatio() ? required(indicator.denominator()) : indicator;
        return jdbc.queryForObject("select max(period) from data_value_total where indicator_id = ?", String.class,
                source.id());
    }

    private Indicator required(String code) {
        return catalog.find(code).orElseThrow(() -> new IllegalStateException("No indicator " + code));
    }
}
