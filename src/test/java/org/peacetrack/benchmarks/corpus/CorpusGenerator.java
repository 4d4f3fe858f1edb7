package org.peacetrack.benchmarks.corpus;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Writes a synthetic corpus shaped like the seeds into a PostgreSQL database: 5,000 frameworks of 200 items
 * (the first 36 are Special Committee sessions 1990 to 2025, the rest action plans and reviews), texts
 * drawn from the seeds' own sentences and a synthetic vocabulary of 40,000 words, five status updates per
 * item over five years; for the sessions, their reports and addenda as documents and paragraphs, 400
 * chains across ten sessions (3,600 links of every lineage kind, and 400 rejected matches), and evidence on
 * one item's latest update in twenty and on every chain member's. At least 7,200 items (the 36 sessions).
 *
 * <pre>./mvnw -Pbench test-compile exec:exec -Dbench.main=org.peacetrack.benchmarks.corpus.CorpusGenerator \
 *     -Dbench.args="jdbc:postgresql://127.0.0.1:5432/peacetrack_bench 1000000 5"</pre>
 */
public final class CorpusGenerator {

    static final int ITEMS_PER_FRAMEWORK = 200;
    /** Generated terms beyond the documents' own vocabulary; the same number gives the load its queries. */
    public static final int RARE_TERMS = 200_000;
    static final List<String> THEMES = List.of("Politics", "Women and peace and security", "Protection",
            "Safety and security", "Performance and accountability", "Peacebuilding and sustaining peace",
            "Partnerships", "Conduct of peacekeepers and peacekeeping operations");
    static final List<String> STATUSES = List.of("ONGOING", "ONGOING", "ONGOING", "NARRATIVE", "NARRATIVE",
            "SEE_PRIOR", "NOTED", "BRIEFING_PENDING", "IMPLEMENTED", "ADDRESSED_TO_MEMBER_STATES");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int items = Integer.parseInt(args[1]);
        int updatesPerItem = Integer.parseInt(args[2]);
        if (items < SourceRows.C34_ITEMS) {
            throw new IllegalArgumentException("At least " + SourceRows.C34_ITEMS + " items: the 36 sessions' own");
        }
        SentencePool pool = new SentencePool(Path.of(System.getProperty("peacetrack.seeds", "../shared/seeds")));
        Vocabulary words = new Vocabulary(40_000, 7);
        WordModel model = WordModel.read(Path.of(System.getProperty("peacetrack.shared", "../shared")), RARE_TERMS, 11);
        Databases.recreate(url);
        Flyway.configure().dataSource(url, "postgres", "").load().migrate();
        long start = System.nanoTime();
        long links;
        long updates;
        long evidence;
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            var copy = db.unwrap(PGConnection.class).getCopyAPI();
            int frameworks = (items + ITEMS_PER_FRAMEWORK - 1) / ITEMS_PER_FRAMEWORK;
            Random random = new Random(42);
            ZipfSampler recent = new ZipfSampler(16, 0.7);
            int[] years = new int[frameworks + 1];
            try (CopyWriter f = new CopyWriter(copy, "framework", "id,code,kind,title,session_year")) {
                for (int i = 1; i <= frameworks; i++) {
                    boolean c34 = i <= 36;
                    int year = c34 ? 1989 + i : 2025 - recent.next(random);
                    years[i] = year;
                    String code = c34 ? "A/" + (year - 1946) + "/19" : String.format("AP-%05d", i);
                    f.row(i, code, c34 ? "C34_RECOMMENDATIONS" : "ACTION_PLAN", "Synthetic framework " + code, year);
                }
            }
            ItemRows.Texts texts = new ItemRows.Texts(pool, words, c34Texts(pool, words, random),
                    new RealisticTexts(model));
            SourceRows.write(copy, texts.c34(), LinkRows.citations());
            updates = ItemRows.write(copy, texts, random, items, updatesPerItem, years);
            links = LinkRows.write(copy, random);
            evidence = EvidenceRows.write(copy, items, updatesPerItem);
            try (Statement sql = db.createStatement()) {
                for (String table : List.of("framework", "tracked_item", "status_update", "document", "paragraph",
                        "item_link")) {
                    sql.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from "
                            + table + "))");
                }
                // what autovacuum does soon after a bulk load: statistics, and the visibility map that lets
                // counts and lists answer from an index without visiting the table
                sql.execute("vacuum analyze");
            }
        }
        System.out.printf("Wrote %d items, %d status updates, %d links, %d evidence links in %.1f s"
                + " (%d seed sentences, a vocabulary of %d content words with its rare tail)%n", items, updates, links,
                evidence, (System.nanoTime() - start) / 1e9, pool.size(), model.vocabularySize());
    }

    /** The sessions' texts: the chains' members as the chains say, the other recommendations drawn afresh. */
    private static Map<Integer, String> c34Texts(SentencePool pool, Vocabulary words, Random random) {
        Map<Integer, String> texts = new HashMap<>(LinkedChains.texts(pool, words, random));
        ItemRows.Texts drawn = new ItemRows.Texts(pool, words, Map.of(), null);
        for (int id = 1; id <= SourceRows.C34_ITEMS; id++) {
            texts.computeIfAbsent(id, k -> drawn.body(random));
        }
        return texts;
    }
}
