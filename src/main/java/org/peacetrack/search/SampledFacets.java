package org.peacetrack.search;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Facet counts that cost about the same for ten hits or three million: up to {@code exactUpTo} hits they are
 * counted over every hit; beyond, over the hits in a random share of the sample buckets (at least a tenth of
 * {@code exactUpTo} hits), scaled up and flagged as estimates, as Elasticsearch's random sampler aggregation
 * does. The share is first probed with one bucket, which also tells whether the search is small enough to
 * count exactly.
 */
final class SampledFacets {

    /** Counts over the hits in {@code buckets} of the sample buckets; all buckets means every hit. */
    record Counted(SearchResult<?> result, int buckets) {

        long scale() {
            return SampleBuckets.COUNT / buckets;
        }

        boolean estimated() {
            return buckets < SampleBuckets.COUNT;
        }

        long total() {
            return result.total().hitCount() * scale();
        }
    }

    private final SearchSession session;
    private final SearchScope<Object> scope;
    private final FacetCounts facets;

    private final long exactUpTo;
    private final long sampleAtLeast;

    SampledFacets(SearchSession session, SearchScope<Object> scope, FacetCounts facets, long exactUpTo) {
        this.exactUpTo = exactUpTo;
        this.sampleAtLeast = Math.max(1, exactUpTo / 10);
        this.session = session;
        this.scope = scope;
        this.facets = facets;
    }

    Counted count(SearchPredicate matching) {
        Counted probe = count(matching, 1);
        if (probe.total() <= exactUpTo) {
            return count(matching, SampleBuckets.COUNT);
        }
        long inProbe = probe.result().total().hitCount();
        if (inProbe >= sampleAtLeast) {
            return probe;
        }
        // powers of two divide the bucket count, so the scale stays a whole number
        int buckets = Integer.highestOneBit((int) ((sampleAtLeast + inProbe - 1) / inProbe)) * 2;
        return count(matching, Math.min(buckets, SampleBuckets.COUNT));
    }

    private Counted count(SearchPredicate matching, int buckets) {
        var f = scope.predicate();
        SearchPredicate sampled = buckets == SampleBuckets.COUNT ? matching
                : f.bool().must(matching).filter(f.range().field(IndexedFields.SAMPLE).lessThan(buckets)).toPredicate();
        var query = session.search(scope).where(sampled);
        facets.aggregations(scope.aggregation()).forEach(query::aggregation);
        return new Counted(query.fetch(0), buckets);
    }
}
