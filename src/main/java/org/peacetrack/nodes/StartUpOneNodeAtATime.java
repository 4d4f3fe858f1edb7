package org.peacetrack.nodes;

import jakarta.annotation.PreDestroy;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A node's start-up work (the first administrator, lineage rescoring, reference indicators, the search index's
 * catch-up: every ApplicationRunner and ready-listener) runs on one node at a time: the node takes the
 * {@code start-up} lock once its context is up, before the runners, and releases it when it is ready, after
 * every other ready-listener. A node that starts while another does its start-up work waits, then finds that
 * work done (each step does only what is missing), instead of racing it (two first administrators, two rebuilds
 * of one shared index).
 */
@Component
class StartUpOneNodeAtATime {

    static final String LOCK = "start-up";

    private final NodeLocks locks;
    private NodeLocks.Held held;

    StartUpOneNodeAtATime(NodeLocks locks) {
        this.locks = locks;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    synchronized void begins() {
        if (held == null) {
            held = locks.hold(LOCK);
        }
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
