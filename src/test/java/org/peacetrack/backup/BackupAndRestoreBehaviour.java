package org.peacetrack.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetrack.PeacetrackApplication;
import org.peacetrack.ingestion.ImportReport;
import org.peacetrack.caching.PublicationGeneration;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.testing.Seeds;
import org.peacetrack.register.StatusView;
import org.peacetrack.workflow.AssignedCycle;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database with the five seeds and a reporting cycle's work, backed up and restored into an empty database of
 * the same kind, holds the same rows in every table; and the restored database goes on from the restored ids
 * when Peacetrack imports into it. Run once per supported database by the subclasses.
 */
abstract class BackupAndRestoreBehaviour {

    /** A document imported after the restore: a hand-written report in the shape of a mission report. */
    static final String MISSION_REPORT = """
            United Nations S/2017/998

            Security Council Distr.: General

            16 March 2017

            Original: English

            Report of the Secretary-General on a restored mission

            I. Introduction

            1. The present report covers the quarterly reporting period of the restored mission.

            2. The mission kept its records through a backup and a restore.
            """;
    static final String[] SEEDS = {Seeds.REPORT_2017, Seeds.REPORT_2020, Seeds.ADDENDUM_2024, Seeds.INITIATIVES, Seeds.PRIORITIES};

    @Autowired
    IngestionService ingestion;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PublicationGeneration generation;

    @TempDir
    Path dir;

    final List<String> progress = new ArrayList<>();

    /** A new, empty database of the same kind as the test's, not yet migrated. */
    abstract DriverManagerDataSource emptyDatabase();

    @BeforeEach
    void seedsAndAReportingCycle() throws Exception {
        AssignedCycle assigned = AssignedCycle.open(jdbc, ingestion, workflow, register, 38, 39);
        for (String seed : SEEDS) {
            if (!seed.equals(Seeds.ADDENDUM_2024)) {
                ingestion.ingest(seed, Seeds.bytes(seed), null);
            }
        }
        StatusView draft = workflow.saveDraft(assigned.cycle(), assigned.item38(), Status.IMPLEMENTED,
                "Issued in March; zircon report.", null, AssignedCycle.FOCAL_DPO);
        workflow.submit(draft.id(), draft.version(), AssignedCycle.FOCAL_DPO);
        // the generation's second raise follows each commit on a thread of its own (ADR 62): let it land before
        // the database is compared with its copy
        generation.awaitRaisesAfterCommits();
    }

    static DriverManagerDataSource migrated(DriverManagerDataSource empty) {
        Flyway.configure().dataSource(empty).locations(BackupService.MIGRATIONS).load().migrate();
        return empty;
    }

    @Test
    void theRestoredDatabaseHoldsEveryRowOfEveryTableAndTheOriginals() throws SQLException {
        Path archive = dir.resolve("peacetrack.zip");
        BackupSummary backup = BackupService.of(dataSource).backup(archive, progress::add);
        DriverManagerDataSource restored = migrated(emptyDatabase());

        RestoreSummary restore = BackupService.of(restored).restore(archive, progress::add);

        Map<String, List<List<Object>>> before = TableContents.of(dataSource);
        Map<String, List<List<Object>>> after = TableContents.of(restored);
        assertThat(after.keySet()).isEqualTo(before.keySet()).contains("document", "document_original", "status_update");
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).containsExactlyElementsOf(rows));
        assertThat(before.get("document")).hasSize(SEEDS.length);
        assertThat(before.get("document_original")).hasSizeGreaterThanOrEqualTo(SEEDS.length);
        assertThat(restore.rows()).isEqualTo(backup.rows());
        assertThat(backup.files()).isGreaterThanOrEqualTo(SEEDS.length);
        assertThat(progress).anyMatch(line -> line.matches("paragraph\\s+\\d+ rows"));
    }

    @Test
    void peacetrackImportsIntoTheRestoredDatabaseWithIdsAfterTheRestoredOnes() {
        Path archive = dir.resolve("peacetrack.zip");
        BackupService.of(dataSource).backup(archive, progress::add);
        DriverManagerDataSource restored = migrated(emptyDatabase());
        BackupService.of(restored).restore(archive, progress::add);
        JdbcTemplate restoredSql = new JdbcTemplate(restored);
        long lastDocument = restoredSql.queryForObject("select max(id) from document", Long.class);
        long lastParagraph = restoredSql.queryForObject("select max(id) from paragraph", Long.class);
        long lastItem = restoredSql.queryForObject("select max(id) from tracked_item", Long.class);

        ImportReport report;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PeacetrackApplication.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + restored.getUrl(),
                        "--spring.datasource.username=" + restored.getUsername(), "--spring.datasource.password=",
                        "--peacetrack.search.catch-up-at-start=false")) {
            report = app.getBean(IngestionService.class).ingest("mission-report.txt",
                    MISSION_REPORT.getBytes(StandardCharsets.UTF_8), null);
        }

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.CREATED);
        assertThat(report.documentId()).isGreaterThan(lastDocument);
        assertThat(restoredSql.queryForObject("select min(id) from paragraph where document_id = ?", Long.class,
                report.documentId())).isGreaterThan(lastParagraph);
        assertThat(restoredSql.queryForObject("select max(id) from tracked_item", Long.class)).isGreaterThanOrEqualTo(lastItem);
        assertThat(restoredSql.queryForObject("select count(*) from document_original", Long.class))
                .isEqualTo(restoredSql.queryForObject("select count(*) from document", Long.class));
    }
}
