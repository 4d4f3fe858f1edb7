package org.peacetrack.search;

import org.peacetrack.documents.DocumentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A node that starts with an empty index (first start, a new node, an index in memory) builds it from the
 * database; afterwards Hibernate Search keeps it in step with every committed change.
 */
@Component
class IndexWhenEmpty {

    private static final Logger LOG = LoggerFactory.getLogger(IndexWhenEmpty.class);

    private final SearchService search;
    private final DocumentService documents;

    IndexWhenEmpty(SearchService search, DocumentService documents) {
        this.search = search;
        this.documents = documents;
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexIfEmpty() throws InterruptedException {
        if (search.indexedCount() == 0 && documents.count() > 0) {
            LOG.info("Search index is empty: indexing the stored records");
            LOG.info("Search index built: {} records", search.reindex());
        }
    }
}
