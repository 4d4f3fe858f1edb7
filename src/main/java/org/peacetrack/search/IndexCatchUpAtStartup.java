package org.peacetrack.search;

import org.peacetrack.documents.DocumentService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At a node's start, brings the index into agreement with the database (IndexMaintenance.catchUpAtStart):
 * builds an empty index, finishes an interrupted rebuild, or re-indexes what changed since the index's last
 * known point; afterwards Hibernate Search keeps it in step with every commit, and a checkpoint each minute
 * records the point it reached. {@code peacetrack.search.catch-up-at-start=false} skips the start's work (a
 * benchmark that does not search); the journal then keeps its rows until a rebuild.
 */
@Component
class IndexCatchUpAtStartup {

    private final IndexMaintenance maintenance;
    private final DocumentService documents;
    private final boolean enabled;

    IndexCatchUpAtStartup(IndexMaintenance maintenance, DocumentService documents,
            @Value("${peacetrack.search.catch-up-at-start:true}") boolean enabled) {
        this.maintenance = maintenance;
        this.documents = documents;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() throws InterruptedException {
        if (enabled) {
            maintenance.catchUpAtStart(documents.count() > 0);
        }
    }

    @Scheduled(fixedDelayString = "${peacetrack.search.checkpoint-every:PT1M}",
            initialDelayString = "${peacetrack.search.checkpoint-every:PT1M}")
    void checkpoint() {
        maintenance.checkpoint();
    }
}
