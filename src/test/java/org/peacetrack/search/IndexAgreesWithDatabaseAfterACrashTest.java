package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetrack.PeacetrackApplication;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.testing.Seeds;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node that stops between a commit and its indexing (issue 14 item 6, issue 17 item 4) leaves records the index
 * does not hold; when it starts again they are indexed, and the index holds exactly the database's records. The
 * crash is simulated by committing an import with Hibernate Search's indexing switched off for its session (what
 * a kill -9 right after the commit leaves); the node runs on a database file and an index folder that outlive it.
 */
class IndexAgreesWithDatabaseAfterACrashTest {

    @TempDir
    Path data;

    @Test
    void importCommittedButNeverIndexedIsIndexedWhenTheNodeStartsAgain() {
        try (ConfigurableApplicationContext node = start()) {
            assertThat(node.getEnvironment().getProperty("spring.datasource.url")).as("a database that outlives the node")
                    .startsWith("jdbc:h2:file:");
            node.getBean(IngestionService.class).ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
            assertThat(IndexedRecords.indexed(node)).as("indexed as committed").isEqualTo(IndexedRecords.stored(node));

            importWithoutIndexing(node, C34Fixtures.REPORT_2023);

            assertThat(IndexedRecords.indexed(node)).as("the crash: committed, not indexed").isNotEqualTo(IndexedRecords.stored(node));
            assertThat(node.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from search_index_journal", Long.class)).as("journal rows").isPositive();
        }

        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(IndexedRecords.indexed(restarted)).isEqualTo(IndexedRecords.stored(restarted));
            assertThat(restarted.getBean(IndexMaintenance.class).progress().unconfirmed())
                    .as("journal rows left after the catch-up").isZero();
        }
    }

    @Test
    void rebuildThatNeverEndedIsDoneAgainWhenTheNodeStarts() {
        try (ConfigurableApplicationContext node = start()) {
            node.getBean(IngestionService.class).ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
            importWithoutIndexing(node, C34Fixtures.REPORT_2023);
            // what a crash in the middle of a rebuild leaves: its mark, and the journal forgotten as if it had ended
            node.getBean(IndexJournal.class).rebuildBegins();
            node.getBean(JdbcTemplate.class).update("delete from search_index_journal where entity_name <> '*'");
        }

        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(IndexedRecords.indexed(restarted)).isEqualTo(IndexedRecords.stored(restarted));
            assertThat(restarted.getBean(IndexMaintenance.class).progress().unconfirmed()).isZero();
        }
    }

    /** The settings are arguments, which outrank the test profile's in-memory database and index. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PeacetrackApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db").toAbsolutePath() + ";AUTO_SERVER=FALSE",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "--peacetrack.search.index-dir=" + data.resolve("index").toAbsolutePath(),
                "--peacetrack.search.checkpoint-every=PT1H");
    }

    private static void importWithoutIndexing(ConfigurableApplicationContext node, String fixture) {
        EntityManager shared = SharedEntityManagerCreator.createSharedEntityManager(
                node.getBean(EntityManagerFactory.class));
        new TransactionTemplate(node.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            Search.session(shared).indexingPlanFilter(f -> IndexedFields.ENTITIES.forEach(f::exclude));
            node.getBean(IngestionService.class).ingest(fixture, C34Fixtures.bytes(fixture), null);
        });
    }
}
