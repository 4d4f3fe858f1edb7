package org.peacetrack.search.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peacetrack.search.FacetName;
import org.peacetrack.search.SearchRequest;
import org.springframework.util.MultiValueMap;

/** Reads a search from query parameters: q, page, size and one parameter per facet, repeatable. */
final class SearchParameters {

    private SearchParameters() {
    }

    static SearchRequest read(MultiValueMap<String, String> params) {
        Map<FacetName, List<String>> filters = new EnumMap<>(FacetName.class);
        for (FacetName facet : FacetName.values()) {
            List<String> chosen = params.getOrDefault(facet.param(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).distinct().toList();
            if (!chosen.isEmpty()) {
                filters.put(facet, chosen);
            }
        }
        return new SearchRequest(params.getFirst("q"), filters, number(params.getFirst("page"), 1),
                number(params.getFirst("size"), SearchRequest.DEFAULT_SIZE));
    }

    private static int number(String value, int otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
