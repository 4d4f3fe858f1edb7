package org.peacetrack.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** The search facade: full-text search with facets over items, status updates and paragraphs; reindexing. */
@Service
public class SearchService {

    private final EntityManagerFactory entityManagerFactory;
    private final Catalogue catalogue;
    private final Hits hits;
    private final ConcurrentFacets concurrentFacets;

    private final SampledFacets.Limits limits;

    SearchService(EntityManagerFactory entityManagerFactory, Catalogue catalogue,
            Hits hits, ConcurrentFacets concurrentFacets,
            @Value("${peacetrack.search.exact-counts-up-to:20000}") long exactCountsUpTo) {
        this.limits = SampledFacets.Limits.of(exactCountsUpTo);
        this.entityManagerFactory = entityManagerFactory;
        this.catalogue = catalogue;
        this.hits = hits;
        this.concurrentFacets = concurrentFacets;
    }

    /**
     * The page of hits ranks the best matches without counting them all (Lucene skips those that cannot
     * make the page); the facets, and the total when there are more than a hundred hits, come from
     * {@link SampledFacets}: exact up to {@code peacetrack.search.exact-counts-up-to} hits (20,000),
     * estimated beyond. No transaction spans the search: the index queries read no database, and a search
     * that held a pooled connection while the index ranked its hits kept the connection from every other
     * request (threads waited on the pool for four times the run's length at 50 clients). The catalogue's stamps
     * and the items of the hits are read in short transactions of their own.
     */
    public SearchResults search(SearchRequest request) {
        return search(request, limits);
    }

    SearchResults search(SearchRequest request, SampledFacets.Limits limits) {
        try (EntityManager own = entityManagerFactory.createEntityManager()) {
            return search(Search.session(own), request, limits);
        }
    }

    private SearchResults search(SearchSession session, SearchRequest request,
            SampledFacets.Limits limits) {
        SearchScope<Object> scope = session.scope(Object.class, IndexedFields.ENTITIES);
        Catalogue.Snapshot known = catalogue.snapshot();
        CompletableFuture<SampledFacets.Counted> counting = concurrentFacets.start(request, known, limits);
        SearchPredicate matching = QueryPredicates.of(scope.predicate(), request, known);
        SearchResult<HitRow> result = session.search(scope).select(HitRow.projection(scope.projection()))
                .where(matching)
                .sort(request.query().isEmpty() ? NewestSessionFirst.order(scope.sort()) : scope.sort().score().toSort())
                .highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(Snippets.FRAGMENT_SIZE).numberOfFragments(Snippets.FRAGMENTS)
                        .noMatchSize(Snippets.FRAGMENT_SIZE))
                .totalHitCountThreshold(limits.pageCountsUpTo())
                .fetch((request.page() - 1) * request.size(), request.size());
        SampledFacets.Counted counted = ConcurrentFacets.await(counting);
        boolean estimated = result.total().isHitCountLowerBound() && counted.estimated();
        long total = result.total().isHitCountExact() ? result.total().hitCount()
                : Math.max(result.total().hitCountLowerBound(), counted.total());
        List<SearchHit> found = hits.of(result.hits(), known);
        return new SearchResults(request, total, estimated, found,
                new FacetCounts().facets(counted.result(), counted.scale(), request, known), counted.estimated());
    }
}
