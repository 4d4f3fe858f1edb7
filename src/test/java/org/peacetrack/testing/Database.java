package org.peacetrack.testing;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties every table, children first, so each test starts from nothing, and raises the publication generation as
 * the application's own writes do (ADR 0062), so that no answer cached for anonymous readers before the wipe is
 * served after it.
 */
public final class Database {

    private static final String[] TABLES = {"evidence", "change_log", "stated_figure", "item_link", "status_update",
        "assignment", "reporting_cycle", "tracked_item", "framework", "text_repair", "paragraph", "document",
        "document_original"};

    private Database() {
    }

    public static void wipe(JdbcTemplate jdbc) {
        for (String table : TABLES) {
            jdbc.update("delete from " + table);
        }
        jdbc.update("update publication_generation set generation = generation + 1 where id = 1");
    }
}
