package org.peacetrack.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A restore refuses a damaged, truncated, foreign or newer archive and a database that is not empty, each with a
 * sentence that says why, and leaves the database exactly as it was.
 */
@SpringBootTest
class HostileArchivesAreRefusedTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    Path archive;
    DriverManagerDataSource empty;
    Map<String, List<List<Object>>> emptyBefore;

    @BeforeEach
    void anArchiveAndAnEmptyDatabase() throws SQLException {
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        archive = dir.resolve("good.zip");
        BackupService.of(dataSource).backup(archive, line -> { });
        empty = BackupAndRestoreBehaviour.migrated(new DriverManagerDataSource(
                "jdbc:h2:mem:hostile-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        emptyBefore = TableContents.of(empty);
    }

    private void refused(Path hostile, String reason) throws SQLException {
        assertThatThrownBy(() -> BackupService.of(empty).restore(hostile, line -> { }))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining(reason);
        assertThat(TableContents.of(empty)).as("the database after the refusal").isEqualTo(emptyBefore);
    }

    @Test
    void anArchiveWhoseRowsWereAlteredIsRefusedByItsChecksum() throws SQLException {
        Map<String, byte[]> entries = Archives.entries(archive);
        String rows = new String(entries.get("tables/paragraph.jsonl"), StandardCharsets.UTF_8);
        entries.put("tables/paragraph.jsonl", rows.replaceFirst("Implementation", "Imp1ementation").getBytes(StandardCharsets.UTF_8));

        refused(Archives.write(dir.resolve("altered.zip"), entries), "tables/paragraph.jsonl is not what its manifest says");
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        Path truncated = Files.write(dir.resolve("truncated.zip"), Archives.firstHalf(archive));

        refused(truncated, "is not a readable zip archive");
    }

    @Test
    void aZipThatIsNotAPeacetrackBackupIsRefused() throws SQLException {
        refused(Archives.write(dir.resolve("photos.zip"), Map.of("holiday.jpg", new byte[] {1, 2, 3})), "it has no manifest.json");
        refused(Archives.write(dir.resolve("other.zip"), Map.of("manifest.json",
                "{\"format\":\"another-tool\",\"formatVersion\":1,\"tables\":[]}".getBytes(StandardCharsets.UTF_8))), "manifest is of another format");
        refused(Archives.write(dir.resolve("text.zip"), Map.of("manifest.json", "not json".getBytes(StandardCharsets.UTF_8))),
                "is not a Peacetrack manifest");
    }

    @Test
    void anArchiveOfANewerSchemaIsRefused() throws SQLException {
        Map<String, byte[]> entries = Archives.entries(archive);
        Map<String, Object> manifest = Archives.manifest(entries);
        manifest.put("schemaVersion", "999");
        Archives.manifest(entries, manifest);

        refused(Archives.write(dir.resolve("newer.zip"), entries), "schema version 999, newer than this Peacetrack's");
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws SQLException {
        Map<String, byte[]> entries = Archives.entries(archive);
        entries.put("files/../../etc/passwd", new byte[] {1});

        refused(Archives.write(dir.resolve("extra.zip"), entries), "an entry its manifest does not list");
    }

    @Test
    void rowsThatBreakAConstraintHalfwayLeaveNothingRestored() throws SQLException {
        Map<String, byte[]> entries = Archives.entries(archive);
        String rows = new String(entries.get("tables/paragraph.jsonl"), StandardCharsets.UTF_8);
        String first = rows.substring(0, rows.indexOf('\n') + 1);
        Archives.replaceRows(entries, "paragraph", (rows + first).getBytes(StandardCharsets.UTF_8),
                rows.lines().count() + 1);

        assertThatThrownBy(() -> BackupService.of(empty).restore(Archives.write(dir.resolve("duplicate.zip"), entries), line -> { }))
                .hasMessageContaining("rolled back");
        assertThat(TableContents.of(empty)).isEqualTo(emptyBefore);
    }

    /**
     * Into a database of its own, not the running application's: the application's scheduled work (the search
     * index's checkpoint) writes its bookkeeping tables at any time, which would make the comparison flaky.
     */
    @Test
    void aDatabaseThatHoldsAnythingIsNotRestoredInto() throws SQLException {
        BackupService.of(empty).restore(archive, line -> { });
        Map<String, List<List<Object>>> before = TableContents.of(empty);
        assertThat(before).as("the first restore filled the database").isNotEqualTo(emptyBefore);

        assertThatThrownBy(() -> BackupService.of(empty).restore(archive, line -> { }))
                .isInstanceOf(BackupRefusedException.class).hasMessageContaining("The database is not empty");
        assertThat(TableContents.of(empty)).isEqualTo(before);
    }
}
