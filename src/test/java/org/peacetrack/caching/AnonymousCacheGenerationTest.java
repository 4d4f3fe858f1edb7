package org.peacetrack.caching;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.C34Sessions;
import org.peacetrack.search.IndexMaintenance;
import org.peacetrack.security.ApiTokenService;
import org.peacetrack.security.TokenScope;
import org.peacetrack.testing.C34Reports;
import org.peacetrack.testing.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The publication generation rises with every committed write readers may see, before the commit and once more
 * after it, and with a rebuild of the search index; it stays put for writes readers never see and for a rollback
 * (ADR 0062).
 */
@SpringBootTest
class AnonymousCacheGenerationTest {

    /**
     * Classes that write in plain SQL what no anonymous reader sees, each with the reason. Any other class of
     * src/main/java that writes in plain SQL must write through ContentJdbc (its ContentJdbcTemplate).
     */
    private static final Map<String, String> BOOKKEEPING = Map.of(
            "nodes/NodeLocks.java", "locks of work done once across nodes",
            "search/IndexJournal.java", "the search index's journal",
            "search/JournalListener.java", "the search index's journal",
            "security/FailedSignInsInTheDatabase.java", "failed sign-ins",
            "indicators/ImportJobStore.java", "an import job's progress, shown to its editor",
            "lineage/LineageRescoring.java", "the matcher's version; the links it rescores are entities",
            "backup/Restorer.java", "into an empty database before any node starts, so no cache holds anything",
            "caching/PublicationGeneration.java", "the generation itself",
            "security/RecoveryCodeRepository.java", "recovery codes");
    private static final Pattern PLAIN_WRITE = Pattern.compile(
            "\\b(jdbc|template|sql)\\w*\\.(update|batchUpdate)\\(|\\.execute(Large)?(Update|Batch)\\(|@Modifying");

    @Autowired
    PublicationGeneration generation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    IngestionService ingestion;
    @Autowired
    IndexMaintenance index;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void anImportRaisesIt() {
        Database.wipe(jdbc);
        long before = generation.current();

        ingestion.ingest("generation-2033.md", C34Reports.report(C34Sessions.symbolOf(2033), 2033, Map.of(2,
                "The Special Committee requests the Secretariat to report on quollraised patrols.")), null);

        assertThat(generation.current()).isGreaterThan(before);
    }

    @Test
    void aPlainSqlWriteOfContentRaisesItOnceBeforeTheCommitAndOnceAfter() throws Exception {
        ContentJdbcTemplate content = new ContentJdbcTemplate(jdbc, generation);
        generation.awaitRaisesAfterCommits();
        long before = generation.current();

        long inside = transaction.execute(status -> {
            content.update("update framework set title = title where id < 0");
            content.update("update framework set title = title where id < 0");
            content.batchUpdate("update framework set title = title where id < 0");
            return jdbc.queryForObject(PublicationGeneration.READ, Long.class);
        });

        assertThat(inside).as("seen inside the transaction before it commits").isEqualTo(before);
        generation.awaitRaisesAfterCommits();
        assertThat(generation.current()).as("once before the commit, once after").isEqualTo(before + 2);
    }

    @Test
    void aRolledBackWriteLeavesItAlone() throws Exception {
        ContentJdbcTemplate content = new ContentJdbcTemplate(jdbc, generation);
        generation.awaitRaisesAfterCommits();
        long before = generation.current();

        transaction.executeWithoutResult(status -> {
            content.update("update framework set title = title where id < 0");
            status.setRollbackOnly();
        });
        generation.awaitRaisesAfterCommits();

        assertThat(generation.current()).isEqualTo(before);
    }

    @Test
    void aTransactionOfItsOwnInsideAnotherRaisesItWhenItCommitsWhateverTheOuterOneDoes() throws Exception {
        ContentJdbcTemplate content = new ContentJdbcTemplate(jdbc, generation);
        TransactionTemplate inner = new TransactionTemplate(transaction.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        generation.awaitRaisesAfterCommits();
        long before = generation.current();

        transaction.executeWithoutResult(outer -> {
            content.update("update framework set title = title where id < 0");
            inner.executeWithoutResult(status -> content.update("update framework set title = title where id < -1"));
            assertThat(generation.current()).as("the inner transaction's raise, committed").isGreaterThan(before);
            outer.setRollbackOnly();
        });
        generation.awaitRaisesAfterCommits();

        assertThat(generation.current()).as("the outer one rolled back").isEqualTo(before + 2);
    }

    /** The raise for plain SQL flushes the entities first, so it locks the generation's row after every other row. */
    @Test
    void aTransactionsEntityManagerIsFoundUnderTheFactoryTheRaiseFlushes() {
        Object held = transaction.execute(status -> TransactionSynchronizationManager.getResource(entityManagerFactory));

        assertThat(held).isInstanceOf(EntityManagerHolder.class);
    }

    @Test
    void writesNoReaderSeesLeaveItAlone() throws Exception {
        generation.awaitRaisesAfterCommits();
        long before = generation.current();

        jdbc.update("delete from sign_in_failure where key_name = 'nobody'");
        tokens.create("editor", "generation-test-" + System.nanoTime(), TokenScope.READ);
        generation.awaitRaisesAfterCommits();

        assertThat(generation.current()).isEqualTo(before);
    }

    @Test
    void aRebuildOfTheSearchIndexRaisesIt() throws Exception {
        generation.awaitRaisesAfterCommits();
        long before = generation.current();

        index.rebuild(progress -> { });

        assertThat(generation.current()).isGreaterThan(before);
    }

    @Test
    void everyPlainSqlWriteOfContentGoesThroughTheContentTemplate() throws IOException {
        Path main = Path.of("src/main/java/org/peacetrack");
        List<String> unaccounted;
        try (Stream<Path> files = Files.walk(main)) {
            unaccounted = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String source = Files.readString(f);
                    return PLAIN_WRITE.matcher(source).find() && !source.contains("ContentJdbc");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(f -> main.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !BOOKKEEPING.containsKey(name)).sorted().toList();
        }
        assertThat(unaccounted).as("classes writing in plain SQL: write readers' content through "
                + "ContentJdbc, or list bookkeeping in BOOKKEEPING with the reason").isEmpty();
    }
}
