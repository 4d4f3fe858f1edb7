package org.peacetrack.benchmarks.corpus;

import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.postgresql.copy.CopyManager;

/**
 * The items and their status updates, written in item order. An item has one update a year since its
 * framework's year, at least one and at most {@code updatesPerItem} (the sessions' items all of them); the
 * latest update of item i has id i * updatesPerItem, the earlier ones the ids just below it (the rest of
 * the item's id range stays unused). A Special Committee item keeps its report paragraph, and its latest
 * update the addendum paragraph it came from. Themes are drawn by Zipf's law (a few themes hold most
 * items, as in the registers), texts from {@link RealisticTexts} beyond the sessions' items.
 */
final class ItemRows {

    /** Items go in before their updates (foreign key), so both are flushed together, items first. */
    private static final int FLUSH_EVERY = 2_000;

    private ItemRows() {
    }

    static long write(CopyManager copy, Texts texts, Random random, int items, int updatesPerItem, int[] years) {
        ZipfSampler themes = new ZipfSampler(CorpusGenerator.THEMES.size(), 0.8);
        long written = 0;
        String now = Instant.parse("2025-10-25T00:00:00Z").toString();
        try (CopyWriter itemRows = new CopyWriter(copy, "tracked_item",
                "id,framework_id,item_number,title,theme,body,current_status,created_at,source_paragraph_id");
                CopyWriter updateRows = new CopyWriter(copy, "status_update", "id,item_id,reporting_year,status,"
                        + "phrase,confidence,narrative,set_by,workflow_state,created_at,version,source_paragraph_id")) {
            for (int id = 1; id <= items; id++) {
                int framework = (id - 1) / CorpusGenerator.ITEMS_PER_FRAMEWORK + 1;
                int number = 10 + (id - 1) % CorpusGenerator.ITEMS_PER_FRAMEWORK;
                boolean c34 = id <= SourceRows.C34_ITEMS;
                String theme = CorpusGenerator.THEMES.get(c34 ? random.nextInt(CorpusGenerator.THEMES.size())
                        : themes.next(random));
                int updates = c34 ? updatesPerItem : Math.max(1, Math.min(updatesPerItem, 2025 - years[framework]));
                String status = null;
                for (int u = updatesPerItem - updates; u < updatesPerItem; u++) {
                    status = CorpusGenerator.STATUSES.get(random.nextInt(CorpusGenerator.STATUSES.size()));
                    boolean latest = u == updatesPerItem - 1;
                    written++;
                    updateRows.row((long) (id - 1) * updatesPerItem + u + 1, id, 2026 - updatesPerItem + u, status,
                            "Implementation is ongoing.", 0.9, texts.narrative(random), "importer", "PUBLISHED", now, 0,
                            c34 && latest ? SourceRows.addendumParagraph(id) : null);
                }
                itemRows.row(id, framework, number, "Recommendation " + number + " (synthetic)", theme,
                        c34 ? texts.c34(id) : texts.body(random), status, now, c34 ? SourceRows.reportParagraph(id) : null);
                if (id % FLUSH_EVERY == 0) {
                    itemRows.flush();
                    updateRows.flush();
                }
            }
            itemRows.flush();
            updateRows.flush();
        }
        return written;
    }

    /**
     * Where texts come from: the sessions' items from the seeds' sentences (their lineage chains need
     * recombined sentences), all others from the long-tailed word model ({@code realistic}).
     */
    record Texts(SentencePool pool, Vocabulary words, Map<Integer, String> c34, RealisticTexts realistic) {

        String c34(int id) {
            return c34.get(id);
        }

        String body(Random random) {
            return realistic == null ? seedBody(random) : realistic.body(random);
        }

        String seedBody(Random random) {
            String text = pool.text(random, 2, 4);
            return random.nextInt(3) == 0 ? text + " " + words.clause(random) + "." : text;
        }

        String narrative(Random random) {
            if (realistic != null) {
                return realistic.narrative(random);
            }
            String text = pool.text(random, 1, 3);
            return random.nextInt(4) == 0 ? text + " " + words.clause(random) + "." : text;
        }
    }
}
