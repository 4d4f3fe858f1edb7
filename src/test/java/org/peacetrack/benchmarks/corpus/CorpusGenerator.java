package org.peacetrack.benchmarks.corpus;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Writes a synthetic corpus shaped like the seeds into a PostgreSQL database: 5,000 frameworks of 200 items
 * (the first 36 are Special Committee sessions 1990 to 2025, the rest action plans and reviews), texts
 * drawn from the seeds' own sentences, and five status updates per item over five years.
 *
 * <pre>./mvnw -Pbench test-compile exec:exec -Dbench.main=org.peacetrack.benchmarks.corpus.CorpusGenerator \
 *     -Dbench.args="jdbc:postgresql://127.0.0.1:5432/peacetrack_bench 1000000 5"</pre>
 */
public final class CorpusGenerator {

    static final int ITEMS_PER_FRAMEWORK = 200;
    static final List<String> THEMES = List.of("Politics", "Women and peace and security", "Protection",
            "Safety and security", "Performance and accountability", "Peacebuilding and sustaining peace",
            "Partnerships", "Conduct of peacekeepers and peacekeeping operations");
    static final List<String> STATUSES = List.of("ONGOING", "ONGOING", "ONGOING", "NARRATIVE", "NARRATIVE",
            "SEE_PRIOR", "NOTED", "BRIEFING_PENDING", "IMPLEMENTED", "ADDRESSED_TO_MEMBER_STATES");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int items = Integer.parseInt(args[1]);
        int updatesPerItem = Integer.parseInt(args[2]);
        SentencePool pool = new SentencePool(Path.of(System.getProperty("peacetrack.seeds", "../shared/seeds")));
        Databases.recreate(url);
        Flyway.configure().dataSource(url, "postgres", "").load().migrate();
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            var copy = db.unwrap(PGConnection.class).getCopyAPI();
            int frameworks = (items + ITEMS_PER_FRAMEWORK - 1) / ITEMS_PER_FRAMEWORK;
            Random random = new Random(42);
            try (CopyWriter f = new CopyWriter(copy, "framework", "id,code,kind,title,session_year")) {
                for (int i = 1; i <= frameworks; i++) {
                    boolean c34 = i <= 36;
                    int year = c34 ? 1989 + i : 2018 + random.nextInt(8);
                    String code = c34 ? "A/" + (year - 1946) + "/19" : String.format("AP-%05d", i);
                    f.row(i, code, c34 ? "C34_RECOMMENDATIONS" : "ACTION_PLAN", "Synthetic framework " + code, year);
                }
            }
            ItemRows.write(copy, pool, random, items, updatesPerItem);
            try (Statement sql = db.createStatement()) {
                for (String table : List.of("framework", "tracked_item", "status_update")) {
                    sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
                            + table + "))");
                }
                // what autovacuum does soon after a bulk load: statistics, and the visibility map that lets
                // counts and lists answer from an index without visiting the table
                sql.execute("vacuum analyze");
            }
        }
        System.out.printf("Wrote %d items and %d status updates in %.1f s (%d seed sentences)%n", items,
                (long) items * updatesPerItem, (System.nanoTime() - start) / 1e9, pool.size());
    }
}
