package org.peacetrack.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.peacetrack.caching.PublicationGeneration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Keeps the search index in agreement with the database (ADR 0047): re-indexes what the journal says the index
 * may lack (at start-up), rebuilds the whole index (an administrator's action, the command line, an empty or
 * half-built index) with its progress visible, and checkpoints the journal once the index is on disk.
 */
@Service
public class IndexMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(IndexMaintenance.class);
    private static final int CATCH_UP_BATCH = 200;
    private static final int REBUILD_BATCH = 500;
    private static final int REBUILD_THREADS = 2;

    private final EntityManagerFactory entityManagerFactory;
    private final IndexJournal journal;
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    /** Checkpoints wait for the start's catch-up: until then the journal's rows are the only record of a crash. */
    private final AtomicBoolean caughtUp = new AtomicBoolean();
    private final AtomicReference<IndexProgress> last = new AtomicReference<>(
            new IndexProgress(0, false, 0, 0, null, null, null));

    /** The index is OpenSearch's, shared by every node, rather than this node's own Lucene files. */
    private final boolean shared;

    /**
     * Lucene's segments are merged to one at the end of a rebuild (a local, bounded wait). OpenSearch merges in
     * the background by its own policy, and its force merge of a large index outlasts the client's 30 s read
     * time-out on a busy cluster: the rebuild of a 100,000-item corpus failed there after every record was
     * written (docs/benchmarks.md, ADR 0057).
     */
    private final boolean mergeAtEnd;

    /** Raised when the index changes apart from a commit (a rebuild, a catch-up): searches kept for anonymous readers
     *  may show what the index held before (ADR 0062). */
    private final PublicationGeneration generation;

    IndexMaintenance(EntityManagerFactory entityManagerFactory, IndexJournal journal,
            @Value("${" + SearchBackend.PROPERTY + ":lucene}") String backend, PublicationGeneration generation) {
        this.entityManagerFactory = entityManagerFactory;
        this.journal = journal;
        this.generation = generation;
        this.shared = "opensearch".equalsIgnoreCase(backend.strip());
        this.mergeAtEnd = "lucene".equalsIgnoreCase(backend.strip());
    }

    /** The unconfirmed changes and the latest rebuild's progress. */
    public IndexProgress progress() {
        IndexProgress p = last.get();
        return new IndexProgress(journal.size(), p.running(), p.indexed(), p.total(), p.startedAt(), p.endedAt(),
                p.failure());
    }

    /** Starts a rebuild on a thread of its own; false if one is already running (on this node). */
    public boolean startRebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        last.set(new IndexProgress(0, true, 0, 0, clock.instant(), null, null));
        Thread worker = new Thread(() -> {
            try {
                rebuildHoldingFlag(p -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("Search index rebuild failed", e);
            }
        }, "search-index-rebuild");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    /**
     * Rebuilds the whole index now, telling {@code progress} as it goes; returns the records indexed.
     * @throws IllegalStateException if a rebuild is already running on this node
     */
    public long rebuild(Consumer<IndexProgress> progress) throws InterruptedException {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("A rebuild of the search index is already running");
        }
        return rebuildHoldingFlag(progress);
    }

    private long rebuildHoldingFlag(Consumer<IndexProgress> progress) throws InterruptedException {
        Instant started = clock.instant();
        AtomicLong total = new AtomicLong();
        AtomicLong done = new AtomicLong();
        Runnable tell = () -> {
            IndexProgress now = new IndexProgress(0, true, done.get(), total.get(), started, null, null);
            last.set(now);
            progress.accept(now);
        };
        try {
            tell.run();
            long upTo = journal.newest();
            journal.rebuildBegins();
            // dropped and created rather than purged: OpenSearch purges only with its reindex module, and
            // takes a changed mapping only in a new index
            mapping().scope(Object.class, IndexedFields.ENTITIES).massIndexer()
                    .dropAndCreateSchemaOnStart(true).purgeAllOnStart(false)
                    .batchSizeToLoadObjects(REBUILD_BATCH).threadsToLoadObjects(REBUILD_THREADS)
                    .mergeSegmentsOnFinish(mergeAtEnd).monitor(new Monitor(total, done, tell)).startAndWait();
            // changes committed while it ran: the mass indexer may have written an older state over them
            catchUpAfter(upTo);
            mapping().scope(Object.class).workspace().flush();
            journal.rebuildEnded();
            caughtUp.set(true);
            last.set(new IndexProgress(0, false, done.get(), total.get(), started, clock.instant(), null));
            return done.get();
        } catch (RuntimeException e) {
            last.set(new IndexProgress(0, false, done.get(), total.get(), started, clock.instant(), e.getMessage()));
            throw e;
        } finally {
            rebuilding.set(false);
            generation.advance();
            progress.accept(last.get());
        }
    }

    /**
     * At a node's start: an empty index, or one whose rebuild never ended, is rebuilt; otherwise what the journal
     * lists is re-indexed from the database (a crash between a commit and its indexing). Returns the records
     * indexed.
     */
    public long catchUpAtStart(boolean databaseHasRecords) throws InterruptedException {
        if (databaseHasRecords && (indexedCount() == 0 || journal.rebuildUnfinished())) {
            LOG.info("Search index is empty or its rebuild did not finish: rebuilding it from the database");
            return rebuild(p -> { });
        }
        long indexed = catchUpAfter(0);
        mapping().scope(Object.class).workspace().flush();
        caughtUp.set(true);
        if (indexed > 0) {
            generation.advance();
            LOG.info("Search index caught up: re-indexed {} records changed since its last known point", indexed);
        }
        return indexed;
    }

    /**
     * Flushes the index to disk and forgets what the previous checkpoint marked (IndexJournal.checkpoint). On an
     * index shared by several nodes, the marked rows are first re-indexed from the database: another node may
     * have committed them and died before indexing them, and it may never start again to catch up (ADR 0056).
     */
    public void checkpoint() {
        if (caughtUp.get() && !rebuilding.get()) {
            if (shared && reindexSeen() > 0) {
                generation.advance();
            }
            mapping().scope(Object.class).workspace().flush();
            journal.checkpoint();
        }
    }

    /** Whether this node's start-up catch-up (or a rebuild) has run: until then, checkpoints must wait. */
    public boolean caughtUp() {
        return caughtUp.get();
    }

    /** Returns the journal rows re-indexed. */
    private long reindexSeen() {
        Map<String, Class<?>> types = indexedTypes();
        long from = 0;
        long indexed = 0;
        for (List<IndexJournal.Entry> rows = journal.seenAfter(from, CATCH_UP_BATCH); !rows.isEmpty();
                rows = journal.seenAfter(from, CATCH_UP_BATCH)) {
            reindex(rows, types);
            indexed += rows.size();
            from = rows.get(rows.size() - 1).id();
        }
        return indexed;
    }

    private Map<String, Class<?>> indexedTypes() {
        return mapping().allIndexedEntities().stream()
                .collect(Collectors.toMap(SearchIndexedEntity::jpaName, SearchIndexedEntity::javaClass));
    }

    public long indexedCount() {
        try (EntityManager own = entityManagerFactory.createEntityManager()) {
            var session = Search.session(own);
            return session.search(session.scope(Object.class, IndexedFields.ENTITIES))
                    .where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    /** Re-indexes, from the database, the records of the journal's rows after this id; forgets those rows. */
    private long catchUpAfter(long afterId) {
        Map<String, Class<?>> types = indexedTypes();
        long indexed = 0;
        long from = afterId;
        for (List<IndexJournal.Entry> rows = journal.after(from, CATCH_UP_BATCH); !rows.isEmpty();
                rows = journal.after(from, CATCH_UP_BATCH)) {
            List<IndexJournal.Entry> batch = rows;
            reindex(batch, types);
            mapping().scope(Object.class).workspace().flush();
            List<Long> ids = new ArrayList<>();
            batch.forEach(e -> ids.add(e.id()));
            journal.forget(ids);
            indexed += batch.size();
            from = batch.get(batch.size() - 1).id();
        }
        return indexed;
    }

    /** Writes the records' current state (or their absence) to the index now; reads only, so needs no transaction. */
    private void reindex(List<IndexJournal.Entry> batch, Map<String, Class<?>> types) {
        try (EntityManager em = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(em);
            for (IndexJournal.Entry e : batch) {
                Class<?> type = types.get(e.entityName());
                if (type == null) {
                    continue;
                }
                Object found = em.find(type, e.entityId());
                if (found != null) {
                    session.indexingPlan().addOrUpdate(found);
                } else {
                    session.indexingPlan().purge(type, e.entityId(), null);
                }
            }
            session.indexingPlan().execute();
        }
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }

    /** Counts what the mass indexer reports, for the progress display. */
    private record Monitor(AtomicLong total, AtomicLong done, Runnable tell) implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
            tell.run();
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
            tell.run();
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
