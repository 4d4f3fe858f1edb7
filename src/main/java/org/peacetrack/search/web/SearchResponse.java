package org.peacetrack.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peacetrack.search.Facet;
import org.peacetrack.search.SearchHit;
import org.peacetrack.search.SearchResults;

/**
 * The API's answer: the hits of the page (snippets are HTML with {@code <mark>} around matched words),
 * counts per facet value by facet parameter name, the total and the paging. Over very many hits the total
 * and the facet counts are estimates, counted on a random share of the hits, and flagged as such.
 */
public record SearchResponse(String query, long total, boolean totalEstimated, int page, int size, int pages,
        List<Hit> hits, Map<String, List<FacetCount>> facets, boolean facetsEstimated) {

    public record Hit(String type, long id, String title, String snippet, String link) {
    }

    public record FacetCount(String value, long count, boolean selected) {
    }

    static SearchResponse of(SearchResults results) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : results.facets()) {
            facets.put(facet.name().param(), facet.values().stream()
                    .map(v -> new FacetCount(v.value(), v.count(), v.selected())).toList());
        }
        return new SearchResponse(results.request().query(), results.total(), results.totalEstimated(),
                results.page(), results.size(), results.pages(), results.hits().stream().map(SearchResponse::hit).toList(),
                facets, results.facetsEstimated());
    }

    private static Hit hit(SearchHit h) {
        return new Hit(h.type().name().toLowerCase().replace('_', '-'), h.id(), h.title(), h.snippet(), h.link());
    }
}
