package org.peacetrack.caching;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The number that changes whenever something anonymous readers may see changes (ADR 0062): one row of
 * {@code publication_generation}, shared by every node. Entity writes raise it by themselves (a Hibernate listener
 * of this module); a capability that writes readers' content in plain JDBC calls {@link #changedInThisTransaction}
 * in the transaction that writes it. A rebuild of the search index calls {@link #advance} when it is done.
 */
@Component
public class PublicationGeneration implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationGeneration.class);
    static final String READ = "select generation from publication_generation where id = 1";
    static final String RAISE = "update publication_generation set generation = generation + 1 where id = 1";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    /**
     * The raises after commits, on a thread of their own: the committing thread still holds its connection until
     * its after-commit callbacks return, and writers that each waited there for a second connection could hold the
     * whole pool. Raises asked for while one is waiting to run are one raise.
     */
    private final ExecutorService afterCommits = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "publication-generation");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean raiseWaiting = new AtomicBoolean();

    private final EntityManagerFactory entityManagerFactory;

    PublicationGeneration(DataSource dataSource, EntityManagerFactory entityManagerFactory) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.entityManagerFactory = entityManagerFactory;
    }

    /** The generation committed now, read on a connection of its own (outside any transaction of the caller). */
    public long current() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(READ);
                ResultSet row = read.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("publication_generation has no row: is migration V96 applied?");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the publication generation", e);
        }
    }

    /**
     * Says that the current transaction writes what readers may see: the generation is raised in it just before it
     * commits (once, however often this is called) and again after it has committed. Without a transaction the
     * write has already committed, so the generation is raised at once.
     */
    public void changedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            advance();
            return;
        }
        raiseOfThisTransaction().beforeCommitToo();
    }

    /**
     * Raises the generation now, in a transaction of its own on a connection of its own: after a commit (the
     * second raise, once the search index shows the commit, on the raising thread) and after the search index is
     * rebuilt. Call it holding no connection of a transaction. A failure is
     * logged, not thrown: what it follows has happened, and the entries it would retire expire (ADR 0062).
     */
    public void advance() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement raise = connection.prepareStatement(RAISE)) {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.setAutoCommit(true);
            }
            raise.executeUpdate();
            if (!autoCommit) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not raise the publication generation after a change; cached anonymous responses "
                    + "may show the state before it until they expire", e);
        }
    }

    /**
     * Raises the generation after the caller's commit has returned, on the raising thread: every commit is followed
     * by a raise that starts after it.
     */
    void advanceAfterCommit() {
        if (!raiseWaiting.compareAndSet(false, true)) {
            return;
        }
        try {
            afterCommits.execute(() -> {
                raiseWaiting.set(false);
                advance();
            });
        } catch (RejectedExecutionException closing) {
            raiseWaiting.set(false);
            advance();
        }
    }

    /**
     * Waits for the raises after the commits so far: for tests and tools that read the generation, or count
     * answers served from the cache, right after a write.
     */
    public void awaitRaisesAfterCommits() throws InterruptedException, ExecutionException {
        afterCommits.submit(() -> { }).get();
    }

    /** Lets a raise still waiting run (a command's last commit), then stops the raising thread. */
    @Override
    public void destroy() throws InterruptedException {
        afterCommits.shutdown();
        if (!afterCommits.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("The publication generation's last raise did not finish in 10 s");
        }
    }

    /**
     * The raise of the Spring transaction under way, registered with it on first use. Found among the transaction's
     * synchronizations rather than bound as a resource: an inner REQUIRES_NEW transaction suspends its outer one's
     * synchronizations, not resources of this kind, and must get a raise of its own.
     */
    Raise raiseOfThisTransaction() {
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Raise raise) {
                return raise;
            }
        }
        Raise raise = new Raise();
        TransactionSynchronizationManager.registerSynchronization(raise);
        return raise;
    }

    /**
     * One transaction's raises: the first on the transaction's own connection before it commits (by Spring's
     * before-commit for plain JDBC writes, or by Hibernate's before-completion for entities flushed at commit,
     * whichever comes first), the second after the commit has returned (with read-sync, once the index shows it).
     */
    final class Raise implements TransactionSynchronization {

        private boolean beforeCommit;
        private boolean raised;

        void beforeCommitToo() {
            beforeCommit = true;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (beforeCommit && !raised) {
                // the entities' changes first: the raise takes the generation's row lock, which must come after
                // every other row this transaction locks, or two writers could each wait for the other's rows
                if (TransactionSynchronizationManager.getResource(entityManagerFactory) instanceof EntityManagerHolder held) {
                    held.getEntityManager().flush();
                }
                jdbc.update(RAISE);
                raised = true;
            }
        }

        /** On the transaction's own connection, from Hibernate's before-completion; once per transaction. */
        void raiseOn(Connection connection) throws SQLException {
            if (raised) {
                return;
            }
            try (PreparedStatement raise = connection.prepareStatement(RAISE)) {
                raise.executeUpdate();
            }
            raised = true;
        }

        @Override
        public void afterCommit() {
            advanceAfterCommit();
        }
    }
}
