package org.peacetrack.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Work done once across nodes: each NodeLocks stands for a node (its own connections) on one database, here an
 * H2 database created from the migration itself.
 */
class NodeLocksTest {

    private DriverManagerDataSource database;
    private NodeLocks first;
    private NodeLocks second;

    @BeforeEach
    void database() throws Exception {
        database = new DriverManagerDataSource("jdbc:h2:mem:locks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new JdbcTemplate(database).execute(Files.readString(Path.of("src/main/resources/db/migration/V89__node_locks.sql")));
        first = new NodeLocks(database);
        second = new NodeLocks(database);
    }

    @Test
    void aLockHeldByOneNodeIsRefusedToAnotherUntilReleased() {
        NodeLocks.Held held = first.tryHold("work").orElseThrow();

        assertThat(second.tryHold("work")).isEmpty();
        assertThat(second.tryHold("other work")).isPresent().get().satisfies(NodeLocks.Held::close);

        held.close();
        Optional<NodeLocks.Held> after = second.tryHold("work");
        assertThat(after).isPresent();
        after.get().close();
    }

    @Test
    void aNodeWaitingForTheLockTakesItWhenTheHolderReleasesIt() throws Exception {
        NodeLocks.Held held = first.tryHold("start-up").orElseThrow();
        Thread releaser = new Thread(() -> {
            sleep(Duration.ofMillis(800));
            held.close();
        });
        long started = System.nanoTime();
        releaser.start();

        try (NodeLocks.Held mine = second.hold("start-up")) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        }
        releaser.join();
    }

    @Test
    void periodicWorkRunsOncePerIntervalWhicheverNodeComesFirst() {
        AtomicInteger runs = new AtomicInteger();

        assertThat(first.runUnlessRecent("checkpoint", Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
        assertThat(second.runUnlessRecent("checkpoint", Duration.ofMinutes(1), runs::incrementAndGet)).isFalse();
        assertThat(first.runUnlessRecent("checkpoint", Duration.ofMinutes(1), runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);

        assertThat(second.runUnlessRecent("checkpoint", Duration.ofMillis(1), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void periodicWorkThatFailsIsNotCountedAsDone() {
        assertThatThrownBy(() -> first.runUnlessRecent("checkpoint", Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("index unreachable");
        })).hasMessage("index unreachable");

        AtomicInteger runs = new AtomicInteger();
        assertThat(second.runUnlessRecent("checkpoint", Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void theTableSaysWhichNodeTookALockLast() {
        first.tryHold("work").orElseThrow().close();

        assertThat(new JdbcTemplate(database).queryForObject("select held_by from node_lock where name = 'work'",
                String.class)).isEqualTo(first.node());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
