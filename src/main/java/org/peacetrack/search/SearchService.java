package org.peacetrack.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The search facade: full-text search with facets over items, status updates and paragraphs; reindexing. */
@Service
public class SearchService {

    private final EntityManager entityManager;
    private final Catalogue catalogue;
    private final Hits hits;
    private final ConcurrentFacets concurrentFacets;

    private final SampledFacets.Limits limits;

    SearchService(EntityManager entityManager, Catalogue catalogue,
            Hits hits, ConcurrentFacets concurrentFacets,
            @Value("${peacetrack.search.exact-counts-up-to:20000}") long exactCountsUpTo) {
        this.limits = SampledFacets.Limits.of(exactCountsUpTo);
        this.entityManager = entityManager;
        this.catalogue = catalogue;
        this.hits = hits;
        this.concurrentFacets = concurrentFacets;
    }

    /**
     * The page of hits ranks the best matches without counting them all (Lucene skips those that cannot
     * make the page); the facets, and the total when there are more than a hundred hits, come from
     * {@link SampledFacets}: exact up to {@code peacetrack.search.exact-counts-up-to} hits (20,000),
     * estimated beyond.
     */
    @Transactional(readOnly = true)
    public SearchResults search(SearchRequest request) {
        return search(request, limits);
    }

    @Transactional(readOnly = true)
    SearchResults search(SearchRequest request, SampledFacets.Limits limits) {
        var session = Search.session(entityManager);
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
