package org.peacetrack.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A search: the words as typed (simple query syntax: "phrase", +must, -not, a | b), the chosen facet values
 * (by facet name; values within one facet are alternatives, facets narrow each other), and the page.
 */
public record SearchRequest(String query, Map<FacetName, List<String>> filters, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /**
     * Hits beyond the first 10,000 are not paged to (as in Elasticsearch): the ranking of page n keeps n times
     * the page size in memory, so a request for page 1,000,000 would be a way to exhaust the server.
     */
    public static final int DEEPEST_HIT = 10_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        page = Math.min(Math.max(page, 1), lastPage(size));
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), 1, DEFAULT_SIZE);
    }

    static int lastPage(int size) {
        return Math.max(1, DEEPEST_HIT / size);
    }

    public List<String> chosen(FacetName facet) {
        return filters.getOrDefault(facet, List.of());
    }

    /** This search narrowed further to one more facet value, from its first page. */
    public SearchRequest with(FacetName facet, String value) {
        Map<FacetName, List<String>> more = new HashMap<>(filters);
        more.merge(facet, List.of(value), (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        return new SearchRequest(query, more, 1, size);
    }
}
