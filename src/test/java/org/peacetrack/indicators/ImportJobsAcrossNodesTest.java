package org.peacetrack.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.caching.ContentJdbc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import jobs live in the database: a second node (another DataImportJobs over the same database, as a
 * restarted or neighbouring server is) sees a job's progress and report, and a job whose server stopped in the
 * middle of writing shows as interrupted with the reason while none of its values is stored.
 */
@SpringBootTest
class ImportJobsAcrossNodesTest {

    private static final Duration BEAT = Duration.ofMillis(200);
    private static final Duration STALE = Duration.ofSeconds(30);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataImports imports;
    @Autowired
    ImportJobStore store;
    @Autowired
    MappingStore mappings;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    ValueStore values;
    @Autowired
    Combos combos;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ContentJdbc content;

    private final CountDownLatch release = new CountDownLatch(1);
    private DataImportJobs nodeA;
    private DataImportJobs nodeB;

    @BeforeEach
    void empty() {
        DataFiles.wipeValues(jdbc);
    }

    @AfterEach
    void stopNodes() {
        release.countDown();
        for (DataImportJobs node : new DataImportJobs[] {nodeA, nodeB}) {
            if (node != null) {
                node.destroy();
            }
        }
    }

    @Test
    void aJobStartedOnOneNodeShowsItsProgressAndReportOnAnother() throws Exception {
        nodeA = new DataImportJobs(imports, store, Clock.systemUTC(), BEAT, STALE);
        nodeB = new DataImportJobs(imports, store, Clock.systemUTC(), BEAT, STALE);
        String token = nodeA.stage(DataFiles.OWID, DataFiles.bytes(DataFiles.OWID), "editor");
        long id = nodeA.start(token, "owid-world-annual", "editor").id();

        ImportJob seen = waitUntilFinished(nodeB, id);
        assertThat(seen.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(seen.report().rows()).isEqualTo(75);
        assertThat(seen.report().stored()).isTrue();
        assertThat(seen.percent()).isEqualTo(100);
        assertThat(nodeB.job(id, "someone.else")).isEmpty();
        assertThat(nodeB.recent("editor", 5)).extracting(ImportJob::id).containsExactly(id);
        // the staged file is claimed once: a second click refuses, on either node
        assertThatThrownBy(() -> nodeB.start(token, "owid-world-annual", "editor")).isInstanceOf(DataFileRefused.class);
        assertThat(jdbc.queryForObject("select count(*) from data_import_job where file_bytes is not null", Integer.class))
                .isZero();
    }

    @Test
    void aRefusedFileEndsTheJobAsFailedWithTheReason() throws Exception {
        nodeA = new DataImportJobs(imports, store, Clock.systemUTC(), BEAT, STALE);
        String token = nodeA.stage("not-data.csv", "a,b\n".getBytes(), "editor");
        long id = nodeA.start(token, "un-fatalities", "editor").id();
        ImportJob job = waitUntilFinished(nodeA, id);
        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.failure()).isNotBlank();
    }

    @Test
    void aJobWhoseServerStopsWhileWritingShowsAsInterruptedAndNothingOfItIsStored() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        DataImports stuck = new DataImports(mappings, catalog, values, combos, content, transaction) {
            @Override
            public DataImportReport run(String fileName, byte[] bytes, String mapping, String by, ImportProgress progress) {
                return super.run(fileName, bytes, mapping, by, (phase, done, total) -> {
                    progress.at(phase, done, total);
                    if (phase == ImportProgress.Phase.WRITING && done > 0) {
                        writing.countDown();
                        awaitQuietly(release); // the server "stops" here, its transaction open
                        throw new IllegalStateException("the process died");
                    }
                });
            }
        };
        nodeA = new DataImportJobs(stuck, store, Clock.systemUTC(), BEAT, STALE);
        String token = nodeA.stage(DataFiles.FATALITIES, DataFiles.bytes(DataFiles.FATALITIES), "editor");
        long id = nodeA.start(token, "un-fatalities", "editor").id();
        assertThat(writing.await(120, TimeUnit.SECONDS)).isTrue();
        // B's clock runs a minute ahead, as if it started a minute after A stopped: A's last heartbeat is older
        // than the 30 s it allows (A's thread stays stuck, as a dead process's would, until released below)
        nodeB = new DataImportJobs(imports, store, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)), BEAT, STALE);
        ImportJob seen = nodeB.job(id, "editor").orElseThrow();
        assertThat(seen.state()).isEqualTo(ImportJob.State.INTERRUPTED);
        assertThat(seen.failure()).contains("stopped", "nothing of it was stored");
        assertThat(seen.storedImport()).isNull();
        assertThat(seen.phase()).isEqualTo(ImportProgress.Phase.DONE);
        assertThat(jdbc.queryForObject("select count(*) from data_value", Integer.class)).isZero();

        release.countDown(); // A's thread ends; its transaction rolls back, and it cannot overwrite the job
        Thread.sleep(500);
        assertThat(nodeB.job(id, "editor").orElseThrow().state()).isEqualTo(ImportJob.State.INTERRUPTED);
        assertThat(jdbc.queryForObject("select count(*) from data_value", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from data_import", Integer.class)).isZero();
    }

    @Test
    void aJobInterruptedAfterItsValuesWereCommittedSaysWhichImportStoredThem() {
        nodeA = new DataImportJobs(imports, store, Clock.systemUTC(), BEAT, STALE);
        String token = nodeA.stage(DataFiles.OWID, DataFiles.bytes(DataFiles.OWID), "editor");
        Instant now = Instant.now();
        assertThat(store.claim(token, "owid-world-annual", "gone", now)).isTrue(); // claimed by a server that then ...
        DataImportReport report = imports.run(DataFiles.OWID, DataFiles.bytes(DataFiles.OWID), "owid-world-annual",
                "editor", ImportProgress.NONE); // ... committed its values and stopped before ending the job
        nodeB = new DataImportJobs(imports, store, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)), BEAT, STALE);
        assertThat(nodeB.markInterrupted()).isEqualTo(1);
        ImportJob seen = nodeB.recent("editor", 1).get(0);
        assertThat(seen.state()).isEqualTo(ImportJob.State.INTERRUPTED);
        assertThat(seen.storedImport()).isEqualTo(report.importId());
    }

    private static ImportJob waitUntilFinished(DataImportJobs node, long id) throws InterruptedException {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            ImportJob job = node.job(id, "editor").orElseThrow();
            if (job.finished()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
