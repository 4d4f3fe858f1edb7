package org.peacetrack.search;

import java.time.Duration;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.nodes.NodeLocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At a node's start, brings the index into agreement with the database (IndexMaintenance.catchUpAtStart):
 * builds an empty index, finishes an interrupted rebuild, or re-indexes what changed since the index's last
 * known point; afterwards Hibernate Search keeps it in step with every commit, and a checkpoint each minute
 * records the point it reached. {@code peacetrack.search.catch-up-at-start=false} skips the start's work (a
 * benchmark that does not search); the journal then keeps its rows until a rebuild. With several nodes the
 * catch-up runs within the node's start-up lock (one node at a time, ADR 0056), and the checkpoint runs once per
 * interval across them, whichever node's turn comes first.
 */
@Component
class IndexCatchUpAtStartup {

    static final String CHECKPOINT_LOCK = "search-index-checkpoint";

    private final IndexMaintenance maintenance;
    private final DocumentService documents;
    private final NodeLocks locks;
    private final boolean enabled;
    private final Duration every;

    IndexCatchUpAtStartup(IndexMaintenance maintenance, DocumentService documents, NodeLocks locks,
            @Value("${peacetrack.search.catch-up-at-start:true}") boolean enabled,
            @Value("${peacetrack.search.checkpoint-every:PT1M}") Duration every) {
        this.maintenance = maintenance;
        this.documents = documents;
        this.locks = locks;
        this.enabled = enabled;
        this.every = every;
    }

    /** Before the start-up lock is released (ADR 0056), which listens last. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    void catchUp() throws InterruptedException {
        if (enabled) {
            maintenance.catchUpAtStart(documents.count() > 0);
        }
    }

    @Scheduled(fixedDelayString = "${peacetrack.search.checkpoint-every:PT1M}",
            initialDelayString = "${peacetrack.search.checkpoint-every:PT1M}")
    void checkpoint() {
        if (maintenance.caughtUp()) {
            locks.runUnlessRecent(CHECKPOINT_LOCK, every, maintenance::checkpoint);
        }
    }
}
