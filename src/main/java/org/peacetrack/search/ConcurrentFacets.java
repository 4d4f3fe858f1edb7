package org.peacetrack.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Counts a search's facets on another core while the page of hits is ranked: the two are independent
 * Lucene queries that read no database, and together they took a single search past its latency target.
 * When every counting thread is busy (a loaded server, where a second core is no longer free anyway), the
 * facets are counted on the caller's thread, as before.
 */
@Component
class ConcurrentFacets implements DisposableBean {

    private final EntityManagerFactory entityManagerFactory;
    private final ThreadPoolExecutor pool;

    ConcurrentFacets(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicInteger counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "facet-counting-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    CompletableFuture<SampledFacets.Counted> start(SearchRequest request, Catalogue.Snapshot known,
            SampledFacets.Limits limits) {
        return CompletableFuture.supplyAsync(() -> count(request, known, limits), pool);
    }

    /** The counts, or the failure of counting them as it was thrown. */
    static SampledFacets.Counted await(CompletableFuture<SampledFacets.Counted> counting) {
        try {
            return counting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** A session of its own: a search session, like the persistence context under it, is not shared by threads. */
    private SampledFacets.Counted count(SearchRequest request, Catalogue.Snapshot known, SampledFacets.Limits limits) {
        try (EntityManager own = entityManagerFactory.createEntityManager()) {
            var session = Search.session(own);
            var scope = session.scope(Object.class, IndexedFields.ENTITIES);
            return new SampledFacets(session, scope, new FacetCounts(), limits)
                    .count(QueryPredicates.of(scope.predicate(), request, known));
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
