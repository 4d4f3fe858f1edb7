package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetrack.PeacetrackApplication;
import org.peacetrack.ingestion.ImportReport;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.ApplicationProcess;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.Seeds;
import org.peacetrack.testing.TestPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node killed with SIGKILL in the middle of an import (issue 17 item 4): a real application process, on
 * PostgreSQL and a Lucene index folder (both outliving it), imports one document, then two at once
 * and is killed the moment the first of them is committed, while the other is still being read and stored.
 * Lucene writes its commits to disk about a second after a change, so the committed document is then in the
 * database and (very likely) not in the index on disk. When the node starts again, the database and the index
 * agree: every stored record is indexed and nothing else is, no document is stored without its paragraphs, and
 * the interrupted document can be imported again. (ADR 0047 for the journal; ADR 0056 for this test.) Not on H2:
 * H2 writes its commits to the file up to a second after them, so SIGKILL can lose a commit that had answered.
 */
@RequiresPostgres
class NodeKilledMidImportTest {

    private static final Logger LOG = LoggerFactory.getLogger(NodeKilledMidImportTest.class);
    private static final String PASSWORD = "killed-mid-import-" + UUID.randomUUID();
    /** Hibernate Search's Lucene backend commits its writes to disk about this long after them. */
    private static final Duration LUCENE_COMMIT = Duration.ofSeconds(1);

    @TempDir
    Path data;

    private String database;

    @Test
    void databaseAndIndexAgreeWhenTheKilledNodeStartsAgain() throws Exception {
        database = TestPostgres.freshDatabaseUrl("killed");
        List<String> seeds = List.of(Seeds.ADDENDUM_2024, Seeds.REPORT_2020);
        try (ApplicationProcess node = ApplicationProcess.start(data.resolve("logs/node.log"), List.of(
                "--spring.datasource.url=" + databaseUrl(),
                "--spring.datasource.username=" + TestPostgres.user(), "--spring.datasource.password=",
                "--peacetrack.search.index-dir=" + data.resolve("index").toAbsolutePath(),
                "--peacetrack.security.admin-password=" + PASSWORD))) {
            // an index with something in it on disk, so that the restart catches up rather than rebuilds
            assertThat(upload(node, Seeds.PRIORITIES)).isEqualTo(201);
            Thread.sleep(LUCENE_COMMIT.multipliedBy(2).toMillis());
            List<CompletableFuture<Integer>> imports = new ArrayList<>();
            seeds.forEach(seed -> imports.add(CompletableFuture.supplyAsync(() -> upload(node, seed))));
            Integer first = (Integer) CompletableFuture.anyOf(imports.toArray(CompletableFuture[]::new)).join();
            node.kill();
            assertThat(first).as("the first import to answer").isEqualTo(201);
        }

        LOG.info("After the kill: {} documents stored, {} journal rows (changes the index may lack)",
                count("document"), count("search_index_journal"));
        assertThat(count("document")).as("documents committed before the kill").isBetween(2L, 3L);
        assertThat(count("search_index_journal")).as("the last import's journal rows, committed with it").isPositive();

        try (ConfigurableApplicationContext restarted = restart()) {
            assertThat(restarted.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(databaseUrl());
            assertThat(IndexedRecords.indexed(restarted)).as("the index after the restart").isEqualTo(IndexedRecords.stored(restarted));
            JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from document d where not exists"
                    + " (select 1 from paragraph p where p.document_id = d.id)", Long.class))
                    .as("documents stored without their paragraphs").isZero();

            IngestionService ingestion = restarted.getBean(IngestionService.class);
            for (String seed : List.of(Seeds.PRIORITIES, seeds.get(0), seeds.get(1))) {
                ImportReport again = ingestion.ingest(seed, Seeds.bytes(seed), null);
                assertThat(again.outcome()).as(seed + " imported again").isIn(ImportReport.Outcome.ALREADY_IMPORTED,
                        ImportReport.Outcome.CREATED);
            }
            assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(3);
            assertThat(IndexedRecords.indexed(restarted)).as("the index after importing what was interrupted")
                    .isEqualTo(IndexedRecords.stored(restarted));
        }
    }

    private String databaseUrl() {
        return database;
    }

    /** Posts the seed to the import API as the administrator; the answer's status, or -1 if the node died first. */
    private static int upload(ApplicationProcess node, String seed) {
        String boundary = "----" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + seed
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Seeds.bytes(seed));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.base() + "/api/imports"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException killed) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Rows of a table in the killed node's database, read before anything starts on it again. */
    private long count(String table) throws Exception {
        try (Connection db = DriverManager.getConnection(databaseUrl(), TestPostgres.user(), "");
                Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The same application on the same files, started in this JVM so that the check can use its own mapping. The
     * settings are arguments, which outrank the test profile's in-memory database and index.
     */
    private ConfigurableApplicationContext restart() {
        return new SpringApplicationBuilder(PeacetrackApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + databaseUrl(),
                "--spring.datasource.username=" + TestPostgres.user(), "--spring.datasource.password=",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "--peacetrack.search.index-dir=" + data.resolve("index").toAbsolutePath(),
                "--peacetrack.security.admin-password=" + PASSWORD,
                "--peacetrack.search.checkpoint-every=PT1H");
    }
}
