package org.peacetrack.search;

import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.jdbc.core.JdbcTemplate;

/** An empty database and index, then the 2024 addendum imported: what the search tests start from. */
public final class SearchFixture {

    private SearchFixture() {
    }

    public static void onlyTheAddendum(JdbcTemplate jdbc, IndexMaintenance index, IngestionService ingestion)
            throws InterruptedException {
        Database.wipe(jdbc);
        index.rebuild(progress -> { });
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
    }

    /** The addendum and the summary of initiatives, a document whose paragraphs no record was made from. */
    public static void theAddendumAndTheInitiatives(JdbcTemplate jdbc, IndexMaintenance index,
            IngestionService ingestion) throws InterruptedException {
        onlyTheAddendum(jdbc, index, ingestion);
        ingestion.ingest(Seeds.INITIATIVES, Seeds.bytes(Seeds.INITIATIVES), null);
    }
}
