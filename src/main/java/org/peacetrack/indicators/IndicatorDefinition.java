package org.peacetrack.indicators;

import java.util.List;

/** An indicator as written in reference data or sent to the API. */
public record IndicatorDefinition(String code, String name, String definition, String unit, Aggregation aggregation,
        boolean higherIsBetter, String source, String numerator, String denominator, Double ratioScale,
        List<IndicatorLink> links) {

    public IndicatorDefinition {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
