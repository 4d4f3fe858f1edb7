package org.peacetrack.search;

import java.util.List;

/** A facet's values with counts, most frequent first ({@code YEAR} newest first). */
public record Facet(FacetName name, String label, List<FacetValue> values) {
}
