package org.peacetrack.reporting;

import java.util.List;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records reports are made from: the Special Committee's 2023 and 2024 reports (invented fixtures with
 * known renumberings, rewordings and new paragraphs) and the Secretariat's real 2024 addendum (seed 001).
 */
public final class ReportingFixtures {

    private ReportingFixtures() {
    }

    public static void importSessions(JdbcTemplate jdbc, IngestionService ingestion) {
        Database.wipe(jdbc);
        for (String report : List.of(C34Fixtures.REPORT_2023, C34Fixtures.REPORT_2024)) {
            ingestion.ingest(report, C34Fixtures.bytes(report), null);
        }
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
    }
}
