package org.peacetrack.testing;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties every table, children first, so each test starts from nothing. */
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
    }
}
