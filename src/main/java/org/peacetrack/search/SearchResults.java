package org.peacetrack.search;

import java.util.List;

/** A page of hits, the total across pages, and the facet counts of all hits. */
public record SearchResults(SearchRequest request, long total, List<SearchHit> hits, List<Facet> facets) {

    public int page() {
        return request.page();
    }

    public int size() {
        return request.size();
    }

    public int pages() {
        return (int) Math.max(1, (total + request.size() - 1) / request.size());
    }

    public boolean hasNext() {
        return page() < pages();
    }

    public boolean hasPrevious() {
        return page() > 1;
    }
}
