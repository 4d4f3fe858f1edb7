package org.peacetrack.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetrack.caching.PublicationGeneration;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.Seeds;
import org.peacetrack.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The archive is database-neutral: one made on the embedded H2 database restores into an empty PostgreSQL one. */
@RequiresPostgres
@SpringBootTest
class H2ArchiveRestoresIntoPostgresTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource h2;
    @Autowired
    PublicationGeneration generation;

    @TempDir
    Path dir;

    @Test
    void anH2ArchiveRestoresIntoPostgresqlWithTheSameRows() throws Exception {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        ingestion.ingest(Seeds.PRIORITIES, Seeds.bytes(Seeds.PRIORITIES), null);
        generation.awaitRaisesAfterCommits(); // the second raise after each commit (ADR 62), before the comparison
        Path archive = dir.resolve("from-h2.zip");
        BackupService.of(h2).backup(archive, line -> { });
        DriverManagerDataSource postgres = BackupAndRestoreBehaviour.migrated(
                (DriverManagerDataSource) TestPostgres.freshDatabase("from_h2"));

        BackupService.of(postgres).restore(archive, line -> { });

        Map<String, List<List<Object>>> before = TableContents.of(h2);
        Map<String, List<List<Object>>> after = TableContents.of(postgres);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).containsExactlyElementsOf(rows));
        assertThat(new JdbcTemplate(postgres).queryForObject("select count(*) from paragraph", Long.class)).isPositive();
    }
}
