package org.peacetrack.benchmarks.indicators;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes {@code values} synthetic data values into a fresh PostgreSQL database (the project's migrations):
 * 80 % for one indicator (100 missions, months 2000-01 on, 256 combinations of personnel type, country and
 * sex), the rest spread over four more; then rebuilds the totals tables as an import does, and prints the
 * time of each step. Run it, then {@link IndicatorQueryBenchmark}.
 *
 * <pre>./mvnw -Pbench test-compile exec:exec -Dbench.main=org.peacetrack.benchmarks.indicators.IndicatorDataGenerator \
 *     -Dbench.args="jdbc:postgresql://127.0.0.1:5432/pt_indicators_bench 10000000"</pre>
 */
public final class IndicatorDataGenerator {

    static final int MISSIONS = 100;
    static final int COMBOS = 256;
    static final int INDICATORS = 5;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long values = Long.parseLong(args[1]);
        recreate(url);
        Flyway.configure().dataSource(url, "postgres", "").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            db.setAutoCommit(true);
            long start = System.nanoTime();
            reference(db);
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            long big = values * 8 / 10;
            long written = write(copy, 1, big, new Random(1));
            for (int i = 2; i <= INDICATORS; i++) {
                written += write(copy, i, (values - big) / (INDICATORS - 1), new Random(i));
            }
            System.out.printf("copied %,d data values in %.1f s%n", written, seconds(start));
            long analyse = System.nanoTime();
            try (Statement sql = db.createStatement()) {
                sql.execute("analyze data_value");
            }
            System.out.printf("analyzed in %.1f s%n", seconds(analyse));
            for (int i = 1; i <= INDICATORS; i++) {
                long refresh = System.nanoTime();
                refreshTotals(db, i);
                System.out.printf("totals of indicator %d rebuilt in %.1f s%n", i, seconds(refresh));
            }
            try (Statement sql = db.createStatement()) {
                sql.execute("analyze data_value_total");
                sql.execute("analyze data_value_dimension_total");
                sql.execute("analyze data_value_combo_total");
            }
        }
    }

    /** The statements ValueStore.refreshTotals runs after an import. */
    static void refreshTotals(Connection db, long indicator) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("delete from data_value_total where indicator_id = " + indicator);
            sql.execute("insert into data_value_total (indicator_id, period, period_year, organisation, value_sum, value_count) "
                    + "select indicator_id, period, min(period_year), organisation, sum(numeric_value), count(*) from data_value "
                    + "where indicator_id = " + indicator + " group by indicator_id, period, organisation");
            sql.execute("delete from data_value_dimension_total where indicator_id = " + indicator);
            sql.execute("insert into data_value_dimension_total (indicator_id, dimension_value_id, period, period_year, "
                    + "organisation, value_sum, value_count) select v.indicator_id, cv.dimension_value_id, v.period, "
                    + "min(v.period_year), v.organisation, sum(v.numeric_value), count(*) from data_value v join "
                    + "dimension_combo_value cv on cv.combo_id = v.combo_id where v.indicator_id = " + indicator
                    + " group by v.indicator_id, cv.dimension_value_id, v.period, v.organisation");
            sql.execute("delete from data_value_combo_total where indicator_id = " + indicator);
            sql.execute("insert into data_value_combo_total (indicator_id, combo_id, period, period_year, value_sum, "
                    + "value_count) select indicator_id, combo_id, period, min(period_year), sum(numeric_value), count(*) "
                    + "from data_value where indicator_id = " + indicator + " group by indicator_id, combo_id, period");
        }
    }

    private static void reference(Connection db) throws Exception {
        try (Statement sql = db.createStatement()) {
            for (int i = 1; i <= INDICATORS; i++) {
                sql.execute("insert into indicator (id, code, name, definition, unit, aggregation, higher_is_better, source) values ("
                        + i + ", 'BENCH_" + i + "', 'Benchmark indicator " + i + "', 'synthetic', 'persons', 'SUM', true, 'generator')");
            }
            sql.execute("insert into dimension (id, code, name) values (1, 'personnel_type', 'personnel type'), "
                    + "(2, 'country', 'country'), (3, 'sex', 'sex')");
            for (int t = 0; t < 4; t++) {
                sql.execute("insert into dimension_value (id, dimension_id, code) values (" + (100 + t) + ", 1, 'type " + t + "')");
            }
            for (int c = 0; c < 32; c++) {
                sql.execute("insert into dimension_value (id, dimension_id, code) values (" + (200 + c) + ", 2, 'C" + c + "')");
            }
            sql.execute("insert into dimension_value (id, dimension_id, code) values (300, 3, 'Female'), (301, 3, 'Male')");
            for (int combo = 0; combo < COMBOS; combo++) {
                int type = combo % 4;
                int country = (combo / 4) % 32;
                int sex = combo / 128;
                sql.execute("insert into dimension_combo (id, combo_key) values (" + (combo + 1) + ", 'combo " + combo + "')");
                sql.execute("insert into dimension_combo_value (combo_id, dimension_value_id) values (" + (combo + 1) + ", "
                        + (100 + type) + "), (" + (combo + 1) + ", " + (200 + country) + "), (" + (combo + 1) + ", "
                        + (300 + sex) + ")");
            }
        }
    }

    /** Values for one indicator, month after month, each month every mission and combination. */
    private static long write(CopyManager copy, int indicator, long count, Random random) throws IOException, Exception {
        StringBuilder batch = new StringBuilder();
        long written = 0;
        long id = indicator * 100_000_000L;
        for (int month = 0; written < count; month++) {
            int year = 2000 + month / 12;
            String period = String.format("%d-%02d", year, month % 12 + 1);
            for (int mission = 0; mission < MISSIONS && written < count; mission++) {
                for (int combo = 1; combo <= COMBOS && written < count; combo++) {
                    batch.append(++id).append('\t').append(indicator).append('\t').append(period).append('\t').append(year)
                            .append("\tM").append(mission).append('\t').append(combo).append('\t')
                            .append(random.nextInt(500)).append("\t\\N\t\\N\tgenerator\t2026-11-30 00:00:00\n");
                    written++;
                }
            }
            if (batch.length() > 8_000_000) {
                flush(copy, batch);
            }
        }
        flush(copy, batch);
        return written;
    }

    private static void flush(CopyManager copy, StringBuilder batch) throws Exception {
        try (Reader in = new StringReader(batch.toString())) {
            copy.copyIn("copy data_value (id, indicator_id, period, period_year, organisation, combo_id, numeric_value, "
                    + "import_id, source_row, changed_by, changed_at) from stdin", in);
        }
        batch.setLength(0);
    }

    static void recreate(String url) throws Exception {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected database name " + name);
        }
        try (Connection admin = DriverManager.getConnection(url.substring(0, slash) + "/postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
