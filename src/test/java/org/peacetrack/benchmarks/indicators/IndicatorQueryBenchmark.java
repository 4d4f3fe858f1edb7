package org.peacetrack.benchmarks.indicators;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The analytic reads of issue 16 over the generator's database, each run {@code runs} times after a warm-up
 * with a random year (and mission type), one client: p50, p95 and max in milliseconds. Each read is timed on
 * the totals table (what the pages use) and on the raw data values (to show what the totals table saves).
 *
 * <pre>./mvnw -Pbench test-compile exec:exec -Dbench.main=org.peacetrack.benchmarks.indicators.IndicatorQueryBenchmark \
 *     -Dbench.args="jdbc:postgresql://127.0.0.1:5432/pt_indicators_bench 200"</pre>
 * A third argument keeps only the reads whose name contains it ("two dimension", "combination").
 */
public final class IndicatorQueryBenchmark {

    record Query(String name, String sql, boolean takesYear, int maxRuns) {

        Query(String name, String sql, boolean takesYear) {
            this(name, sql, takesYear, Integer.MAX_VALUE);
        }
    }

    private static final String TYPE_1 = "select cv.combo_id from dimension_combo_value cv join dimension_value dv on "
            + "dv.id = cv.dimension_value_id join dimension d on d.id = dv.dimension_id where d.code = 'personnel_type' "
            + "and dv.code in ('type 1')";
    /** The combinations of type 1 and Female in one subquery, as TotalsSql finds them for the combination totals. */
    private static final String TYPE_1_FEMALE = "select fcv.combo_id from dimension_combo_value fcv join dimension_value "
            + "fdv on fdv.id = fcv.dimension_value_id join dimension fd on fd.id = fdv.dimension_id where (fd.code = "
            + "'personnel_type' and fdv.code in ('type 1')) or (fd.code = 'sex' and fdv.code in ('Female')) group by "
            + "fcv.combo_id having count(distinct fd.code) = 2";
    private static final String FEMALE = "select cv.combo_id from dimension_combo_value cv join dimension_value dv on "
            + "dv.id = cv.dimension_value_id join dimension d on d.id = dv.dimension_id where d.code = 'sex' and dv.code "
            + "in ('Female')";

    static final List<Query> QUERIES = List.of(
            new Query("totals by period and mission, one indicator and year (totals table)",
                    "select period, organisation, sum(value_sum) from data_value_total where indicator_id = 1 "
                            + "and period_year = ? group by period, organisation", true),
            new Query("top ten missions of a year (totals table)",
                    "select organisation, sum(value_sum) s from data_value_total where indicator_id = 1 and period_year = ? "
                            + "group by organisation order by s desc limit 10", true),
            new Query("year-on-year series (totals table)",
                    "select period_year, sum(value_sum) from data_value_total where indicator_id = 1 group by period_year "
                            + "order by period_year", false),
            new Query("totals by period and mission, one indicator and year (raw values)",
                    "select period, organisation, sum(numeric_value) from data_value where indicator_id = 1 "
                            + "and period_year = ? group by period, organisation", true),
            new Query("top ten missions of a year (raw values)",
                    "select organisation, sum(numeric_value) s from data_value where indicator_id = 1 and period_year = ? "
                            + "group by organisation order by s desc limit 10", true),
            new Query("one category's monthly series for a year (raw values, dimension filter)",
                    "select v.period, sum(v.numeric_value) from data_value v where v.indicator_id = 1 and v.period_year = ? "
                            + "and v.combo_id in (select cv.combo_id from dimension_combo_value cv join dimension_value dv on "
                            + "dv.id = cv.dimension_value_id join dimension d on d.id = dv.dimension_id where d.code = "
                            + "'personnel_type' and dv.code in ('type 1')) group by v.period", true),
            new Query("one category's monthly series for a year (dimension totals table)",
                    "select t.period, sum(t.value_sum) from data_value_dimension_total t where t.indicator_id = 1 and "
                            + "t.period_year = ? and t.dimension_value_id in (select dv.id from dimension_value dv join "
                            + "dimension d on d.id = dv.dimension_id where d.code = 'personnel_type' and dv.code in "
                            + "('type 1')) group by t.period", true),
            new Query("one category's whole monthly series (dimension totals table)",
                    "select t.period, sum(t.value_sum) from data_value_dimension_total t where t.indicator_id = 1 and "
                            + "t.dimension_value_id in (select dv.id from dimension_value dv join dimension d on d.id = "
                            + "dv.dimension_id where d.code = 'personnel_type' and dv.code in ('type 1')) group by t.period",
                    false),
            new Query("breakdown of a year by personnel type (dimension totals table)",
                    "select dv.code, sum(t.value_sum) from data_value_dimension_total t join dimension_value dv on dv.id = "
                            + "t.dimension_value_id join dimension d on d.id = dv.dimension_id where t.indicator_id = 1 and "
                            + "d.code = 'personnel_type' and t.period_year = ? group by dv.code order by 2 desc", true),
            // reads on two dimensions (ADR 0058): raw values, then the combination totals (V94)
            new Query("one category's women, whole monthly series (raw values, two dimension filters; 3 runs)",
                    "select v.period, sum(v.numeric_value) from data_value v where v.indicator_id = 1 and v.combo_id in ("
                            + TYPE_1 + ") and v.combo_id in (" + FEMALE + ") group by v.period", false, 3),
            new Query("one category's women, monthly series for a year (raw values, two dimension filters)",
                    "select v.period, sum(v.numeric_value) from data_value v where v.indicator_id = 1 and v.period_year = ? "
                            + "and v.combo_id in (" + TYPE_1 + ") and v.combo_id in (" + FEMALE + ") group by v.period", true),
            new Query("breakdown of a year by country under a category filter (raw values)",
                    "select dv.code, sum(v.numeric_value) from data_value v join dimension_combo_value cv on cv.combo_id = "
                            + "v.combo_id join dimension_value dv on dv.id = cv.dimension_value_id join dimension d on d.id = "
                            + "dv.dimension_id and d.code = 'country' where v.indicator_id = 1 and v.period_year = ? and "
                            + "v.combo_id in (" + TYPE_1 + ") group by dv.code", true),
            new Query("one category's women, whole monthly series (combination totals)",
                    "select t.period, sum(t.value_sum), sum(t.value_count) from data_value_combo_total t where "
                            + "t.indicator_id = 1 and t.combo_id in (" + TYPE_1_FEMALE + ") group by t.period", false),
            new Query("one category's women, monthly series for a year (combination totals)",
                    "select t.period, sum(t.value_sum), sum(t.value_count) from data_value_combo_total t where "
                            + "t.indicator_id = 1 and t.period_year = ? and t.combo_id in (" + TYPE_1_FEMALE + ") group by "
                            + "t.period", true),
            new Query("breakdown of a year by country under a category filter (combination totals)",
                    "select dv.code, sum(t.value_sum) from data_value_combo_total t join dimension_combo_value cv on "
                            + "cv.combo_id = t.combo_id join dimension_value dv on dv.id = cv.dimension_value_id join dimension d "
                            + "on d.id = dv.dimension_id where t.indicator_id = 1 and d.code = 'country' and t.period_year = ? "
                            + "and t.combo_id in (" + TYPE_1 + ") group by dv.code", true));

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int runs = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            int[] years = years(db);
            Random random = new Random(7);
            String only = args.length > 2 ? args[2] : "";
            for (Query q : QUERIES) {
                if (!q.name().contains(only)) {
                    continue;
                }
                try (PreparedStatement statement = db.prepareStatement(q.sql())) {
                    int n = Math.min(runs, q.maxRuns());
                    for (int i = 0; i < Math.min(5, n); i++) {
                        run(statement, q, years[random.nextInt(years.length)]);
                    }
                    double[] ms = new double[n];
                    for (int i = 0; i < n; i++) {
                        long start = System.nanoTime();
                        run(statement, q, years[random.nextInt(years.length)]);
                        ms[i] = (System.nanoTime() - start) / 1e6;
                    }
                    Arrays.sort(ms);
                    System.out.printf("%-80s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", q.name(), ms[n / 2],
                            ms[(int) Math.ceil(n * 0.95) - 1], ms[n - 1]);
                }
            }
        }
    }

    private static void run(PreparedStatement statement, Query q, int year) throws Exception {
        if (q.takesYear()) {
            statement.setInt(1, year);
        }
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static int[] years(Connection db) throws Exception {
        List<Integer> years = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(
                "select distinct period_year from data_value_total where indicator_id = 1")) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
        }
        return years.stream().mapToInt(Integer::intValue).toArray();
    }
}
