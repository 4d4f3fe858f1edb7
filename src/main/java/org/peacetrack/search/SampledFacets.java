package org.peacetrack.search;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Facet counts that cost about the same for ten hits or three million: up to a limit they are counted over
 * every hit; beyond, over the hits in a random share of the sample buckets, scaled up and flagged as
 * estimates, as Elasticsearch's random sampler aggregation does. A first probe of a small share tells
 * whether the search is small enough to count exactly and, if not, how large a share to count.
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

    /**
     * Exact counts up to {@code exactUpTo} hits; beyond, a sample of at least a tenth of that. The probe
     * looks at {@code probeBuckets} of the buckets: one (a 1,024th) in production, more in tests whose
     * fixtures are small. The query for the page of hits counts them only up to {@code pageCountsUpTo}.
     */
    record Limits(long exactUpTo, int probeBuckets, int pageCountsUpTo) {

        static Limits of(long exactUpTo) {
            return new Limits(exactUpTo, 1, 100);
        }

        Limits {
            if (Integer.bitCount(probeBuckets) != 1 || probeBuckets > SampleBuckets.COUNT) {
                throw new IllegalArgumentException("probeBuckets must be a power of two up to " + SampleBuckets.COUNT);
            }
        }

        long sampleAtLeast() {
            return Math.max(1, exactUpTo / 20);
        }
    }

    private final SearchSession session;
    private final SearchScope<Object> scope;
    private final FacetCounts facets;
    private final Limits limits;

    SampledFacets(SearchSession session, SearchScope<Object> scope, FacetCounts facets, Limits limits) {
        this.session = session;
        this.scope = scope;
        this.facets = facets;
        this.limits = limits;
    }

    Counted count(SearchPredicate matching) {
        long inProbe = hitsIn(matching, limits.probeBuckets());
        if (inProbe * (SampleBuckets.COUNT / limits.probeBuckets()) <= limits.exactUpTo()) {
            return count(matching, SampleBuckets.COUNT);
        }
        if (inProbe >= limits.sampleAtLeast()) {
            return count(matching, limits.probeBuckets());
        }
        // a power of two divides the bucket count, so that the scale stays a whole number
        long wanted = limits.probeBuckets() * ((limits.sampleAtLeast() + inProbe - 1) / inProbe);
        return count(matching, (int) Math.min(SampleBuckets.COUNT, Long.highestOneBit(wanted - 1) << 1));
    }

    /**
     * The probe only counts its hits. With the facets' eight aggregations it cost about a third of the facet
     * counting in the profile at 50 clients (their set-up per index segment, for a hundred hits or so); its
     * counts were of use only when the probe alone held enough hits to be the sample (over a million hits).
     */
    private long hitsIn(SearchPredicate matching, int buckets) {
        return session.search(scope).where(sampled(matching, buckets)).fetchTotalHitCount();
    }

    private Counted count(SearchPredicate matching, int buckets) {
        var query = session.search(scope).where(sampled(matching, buckets));
        facets.aggregations(scope.aggregation()).forEach(query::aggregation);
        return new Counted(query.fetch(0), buckets);
    }

    private SearchPredicate sampled(SearchPredicate matching, int buckets) {
        // filter, not must: counting needs no relevance scores, and Lucene skips computing them
        var f = scope.predicate();
        var sampled = f.bool().filter(matching);
        if (buckets < SampleBuckets.COUNT) {
            sampled.filter(f.range().field(IndexedFields.SAMPLE).lessThan(buckets));
        }
        return sampled.toPredicate();
    }
}
