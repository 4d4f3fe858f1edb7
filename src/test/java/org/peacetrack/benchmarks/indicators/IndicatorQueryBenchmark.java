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
 */
public final class IndicatorQueryBenchmark {

    record Query(String name, String sql, boolean takesYear) {
    }

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
                            + "d.code = 'personnel_type' and t.period_year = ? group by dv.code order by 2 desc", true));

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int runs = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            int[] years = years(db);
            Random random = new Random(7);
            for (Query q : QUERIES) {
                try (PreparedStatement statement = db.prepareStatement(q.sql())) {
                    for (int i = 0; i < 5; i++) {
                        run(statement, q, years[random.nextInt(years.length)]);
                    }
                    double[] ms = new double[runs];
                    for (int i = 0; i < runs; i++) {
                        long start = System.nanoTime();
                        run(statement, q, years[random.nextInt(years.length)]);
                        ms[i] = (System.nanoTime() - start) / 1e6;
                    }
                    Arrays.sort(ms);
                    System.out.printf("%-80s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", q.name(), ms[runs / 2],
                            ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]);
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
