package org.peacetrack.indicators;

/** A link from an indicator to a recommendation ("A/78/19 38"), an A4P theme or an A4P+ priority. */
public record IndicatorLink(Kind kind, String target) {

    public enum Kind {
        RECOMMENDATION, A4P_THEME, A4P_PLUS_PRIORITY
    }
}
