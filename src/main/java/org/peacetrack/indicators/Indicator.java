package org.peacetrack.indicators;

import java.util.List;

/** An indicator as readers see it; a RATIO names its numerator and denominator indicators. */
public record Indicator(long id, String code, String name, String definition, String unit, Aggregation aggregation,
        boolean higherIsBetter, String source, String numerator, String denominator, Double ratioScale,
        List<IndicatorLink> links) {

    public boolean isRatio() {
        return aggregation == Aggregation.RATIO;
    }
}
