package org.peacetrack.benchmarks.corpus;

import java.time.Instant;
import java.util.Random;
import org.postgresql.copy.CopyManager;

/** The items and their status updates, written in item order. */
final class ItemRows {

    /** Items go in before their updates (foreign key), so both are flushed together, items first. */
    private static final int FLUSH_EVERY = 2_000;

    private ItemRows() {
    }

    static void write(CopyManager copy, SentencePool pool, Random random, int items, int updatesPerItem) {
        String now = Instant.parse("2025-10-25T00:00:00Z").toString();
        try (CopyWriter itemRows = new CopyWriter(copy, "tracked_item",
                "id,framework_id,item_number,title,theme,body,current_status,created_at");
                CopyWriter updateRows = new CopyWriter(copy, "status_update",
                        "item_id,reporting_year,status,phrase,confidence,narrative,set_by,workflow_state,created_at,version")) {
            for (int id = 1; id <= items; id++) {
                int framework = (id - 1) / CorpusGenerator.ITEMS_PER_FRAMEWORK + 1;
                int number = 10 + (id - 1) % CorpusGenerator.ITEMS_PER_FRAMEWORK;
                String theme = CorpusGenerator.THEMES.get(random.nextInt(CorpusGenerator.THEMES.size()));
                String status = null;
                for (int u = 0; u < updatesPerItem; u++) {
                    status = CorpusGenerator.STATUSES.get(random.nextInt(CorpusGenerator.STATUSES.size()));
                    updateRows.row(id, 2021 + u, status, "Implementation is ongoing.", 0.9, pool.text(random, 1, 3),
                            "importer", "PUBLISHED", now, 0);
                }
                itemRows.row(id, framework, number, "Recommendation " + number + " (synthetic)", theme,
                        pool.text(random, 2, 4), status, now);
                if (id % FLUSH_EVERY == 0) {
                    itemRows.flush();
                    updateRows.flush();
                }
            }
            itemRows.flush();
            updateRows.flush();
        }
    }
}
