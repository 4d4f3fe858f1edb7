package org.peacetrack.nodes;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A node's start-up runs on one node at a time, from just after the migrations to ready: the node takes the
 * {@code start-up} lock once Flyway has migrated (the lock's table is a migration) and before the
 * EntityManagerFactory starts (StartUpOrder), whose Hibernate Search bootstrap creates the OpenSearch indexes
 * when they are missing; it releases it when the node is ready, after every ApplicationRunner (the first
 * administrator, lineage rescoring, reference indicators) and every other ready-listener (the search index's
 * catch-up), or when the start fails. A node that starts meanwhile waits, then finds that work done (each step
 * does only what is missing) instead of racing it: two nodes started together on an empty cluster both tried to
 * create the same indexes, and one failed.
 */
@Component(StartUpOneNodeAtATime.BEAN)
class StartUpOneNodeAtATime {

    static final String BEAN = "nodeStartUpLock";
    static final String LOCK = "start-up";

    private NodeLocks.Held held;

    StartUpOneNodeAtATime(NodeLocks locks, ObjectProvider<FlywayMigrationInitializer> migrations) {
        // migrations first: they create node_lock, and Flyway has a lock of its own
        migrations.ifAvailable(migrated -> { });
        held = locks.hold(LOCK);
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
    @Order(Ordered.LOWEST_PRECEDENCE)
    @PreDestroy
    synchronized void ends() {
        if (held != null) {
            held.done();
            held.close();
            held = null;
        }
    }
}
