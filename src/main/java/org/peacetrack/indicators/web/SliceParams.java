package org.peacetrack.indicators.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peacetrack.indicators.Slice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The slice a reader chose on an indicator page, from its query parameters: {@code org} and one parameter
 * per dimension of the indicator ("personnel_type=Troops"); others are ignored.
 */
public record SliceParams(String organisation, Map<String, String> dimensions) {

    static SliceParams of(Map<String, String> params, Map<String, List<String>> known) {
        Map<String, String> chosen = new LinkedHashMap<>();
        known.keySet().forEach(d -> {
            String v = params.get(d);
            if (v != null && !v.isBlank()) {
                chosen.put(d, v.strip());
            }
        });
        String org = params.get("org");
        return new SliceParams(org == null || org.isBlank() ? null : org.strip(), chosen);
    }

    Slice slice() {
        return Slice.of(organisation, dimensions);
    }

    /** The query string that keeps this slice (for export links and the breakdown form). */
    public String query() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (organisation != null) {
            b.queryParam("org", organisation);
        }
        dimensions.forEach(b::queryParam);
        String q = b.build().encode().getQuery();
        return q == null ? "" : q;
    }

    public String selected(String dimension) {
        return dimensions.get(dimension);
    }
}
