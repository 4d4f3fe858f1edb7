package org.peacetrack.search;

import java.util.List;

/**
 * A page of hits, the total across pages, and the facet counts of all hits. Over very many hits the total
 * and the facet counts are estimates ({@code totalEstimated}, {@code facetsEstimated}), counted on a random
 * share of the hits.
 */
public record SearchResults(SearchRequest request, long total, boolean totalEstimated, List<SearchHit> hits,
        List<Facet> facets, boolean facetsEstimated) {

    public int page() {
        return request.page();
    }

    public int size() {
        return request.size();
    }

    public int pages() {
        long all = Math.max(1, (total + request.size() - 1) / request.size());
        return (int) Math.min(all, SearchRequest.lastPage(request.size()));
    }

    public boolean hasNext() {
        return page() < pages();
    }

    public boolean hasPrevious() {
        return page() > 1;
    }
}
