package org.peacetrack.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The search facade: full-text search with facets over items, status updates and paragraphs; reindexing. */
@Service
public class SearchService {

    private static final int FRAGMENT_SIZE = 180;
    private static final int FRAGMENTS = 2;

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final Catalogue catalogue;
    private final Hits hits;

    SearchService(EntityManager entityManager, EntityManagerFactory entityManagerFactory, Catalogue catalogue,
            Hits hits) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.catalogue = catalogue;
        this.hits = hits;
    }

    /** Large batches: at a million items, the default of ten per batch spends its time on round trips. */
    private static final int REINDEX_BATCH = 500;
    private static final int REINDEX_THREADS = 2;

    @Transactional(readOnly = true)
    public SearchResults search(SearchRequest request) {
        SearchScope<Object> scope = Search.session(entityManager).scope(Object.class, IndexedFields.ENTITIES);
        Catalogue.Snapshot known = catalogue.snapshot();
        FacetCounts facets = new FacetCounts();
        var query = Search.session(entityManager).search(scope)
                .select(HitRow.projection(scope.projection()))
                .where(QueryPredicates.of(scope.predicate(), request, known))
                .highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(FRAGMENT_SIZE).numberOfFragments(FRAGMENTS).noMatchSize(FRAGMENT_SIZE));
        facets.aggregations(scope.aggregation()).forEach(query::aggregation);
        SearchResult<HitRow> result = query.fetch((request.page() - 1) * request.size(), request.size());
        List<SearchHit> found = hits.of(result.hits(), known);
        return new SearchResults(request, result.total().hitCount(), found, facets.facets(result, request, known));
    }

    /** Rebuilds the whole index from the database; returns the number of records indexed. */
    public long reindex() throws InterruptedException {
        mapping().scope(Object.class, IndexedFields.ENTITIES).massIndexer()
                .batchSizeToLoadObjects(REINDEX_BATCH).threadsToLoadObjects(REINDEX_THREADS).startAndWait();
        return indexedCount();
    }

    public long indexedCount() {
        try (EntityManager own = entityManagerFactory.createEntityManager()) {
            var session = Search.session(own);
            return session.search(session.scope(Object.class, IndexedFields.ENTITIES))
                    .where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }
}
