package org.peacetrack.nodes;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Locks shared by every node on the database (table {@code node_lock}, V89): one row per kind of work, locked
 * by {@code select ... for update skip locked} in a transaction that stays open while the work runs. The lock is
 * the database's, so a node that dies (even by SIGKILL) releases it when its connection closes, and no lease can
 * be left behind. The row also keeps when the work last finished, so that periodic work runs once per interval
 * across the nodes, not once per node.
 */
@Service
public class NodeLocks {

    private static final Logger LOG = LoggerFactory.getLogger(NodeLocks.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final DataSource dataSource;
    private final Clock clock = Clock.systemUTC();
    /** Host and process, as the JVM names itself: who holds a lock, for whoever looks at the table. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    NodeLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** This node's name in {@code node_lock.held_by}. */
    public String node() {
        return node;
    }

    /**
     * Runs {@code work} if no other node is running it and it last finished at least {@code every} ago on any
     * node; otherwise skips it. Returns whether it ran here. The work's own failure propagates and does not
     * count as done.
     */
    public boolean runUnlessRecent(String name, Duration every, Runnable work) {
        Optional<Held> held = tryHold(name);
        if (held.isEmpty()) {
            return false;
        }
        try (Held lock = held.get()) {
            Instant last = lock.lastDone();
            Instant now = clock.instant();
            // a tenth of slack: nodes' schedules drift, and one firing a little early should not skip a turn
            if (last != null && Duration.between(last, now).compareTo(every.minus(every.dividedBy(10))) < 0) {
                return false;
            }
            work.run();
            lock.done();
            return true;
        }
    }

    /** Takes the lock if no other node holds it, without waiting. */
    public Optional<Held> tryHold(String name) {
        ensureRow(name);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(
                    "select last_done from node_lock where name = ? for update skip locked")) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        connection.rollback();
                        connection.close();
                        return Optional.empty();
                    }
                    Timestamp last = row.getTimestamp(1);
                    Held held = new Held(connection, name, last == null ? null : last.toInstant());
                    held.mark();
                    return Optional.of(held);
                }
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessResourceFailureException("Cannot take the node lock " + name, e);
        }
    }

    /** Takes the lock, waiting for whichever node holds it to finish (or die) first. */
    public Held hold(String name) {
        Optional<Held> held = tryHold(name);
        if (held.isPresent()) {
            return held.get();
        }
        LOG.info("Waiting for another node to finish its {} work", name);
        long started = System.nanoTime();
        while (true) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the node lock " + name, e);
            }
            held = tryHold(name);
            if (held.isPresent()) {
                LOG.info("Took the node lock {} after {} s", name, Duration.ofNanos(System.nanoTime() - started)
                        .toSeconds());
                return held.get();
            }
        }
    }

    /** The first node to need a lock adds its row; a concurrent insert by another node is as good. */
    private void ensureRow(String name) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement exists = connection.prepareStatement("select 1 from node_lock where name = ?")) {
                exists.setString(1, name);
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into node_lock (name) values (?)")) {
                insert.setString(1, name);
                insert.executeUpdate();
            } catch (SQLException duplicate) {
                if (!"23505".equals(duplicate.getSQLState())) {
                    throw duplicate;
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot add the node lock " + name, e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.rollback();
                connection.close();
            } catch (SQLException ignored) {
                // the connection is broken anyway: the pool discards it and the database ends its transaction
            }
        }
    }

    /** A lock this node holds: closing it commits (recording {@link #done()} if called) and releases it. */
    public final class Held implements AutoCloseable {

        private final Connection connection;
        private final String name;
        private final Instant lastDone;
        private boolean closed;

        private Held(Connection connection, String name, Instant lastDone) {
            this.connection = connection;
            this.name = name;
            this.lastDone = lastDone;
        }

        /** When this work last finished on any node; null if never. */
        public Instant lastDone() {
            return lastDone;
        }

        private void mark() throws SQLException {
            try (PreparedStatement update = connection.prepareStatement(
                    "update node_lock set held_by = ?, held_since = ? where name = ?")) {
                update.setString(1, node);
                update.setTimestamp(2, Timestamp.from(clock.instant()));
                update.setString(3, name);
                update.executeUpdate();
            }
        }

        /** Records that the work finished now; takes effect when the lock is released. */
        public void done() {
            try (PreparedStatement update = connection.prepareStatement(
                    "update node_lock set last_done = ? where name = ?")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setString(2, name);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Cannot record the end of " + name, e);
            }
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                connection.commit();
                connection.close();
            } catch (SQLException e) {
                closeQuietly(connection);
                throw new DataAccessResourceFailureException("Cannot release the node lock " + name, e);
            }
        }
    }
}
