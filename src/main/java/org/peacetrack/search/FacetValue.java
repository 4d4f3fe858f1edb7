package org.peacetrack.search;

/** One value of a facet with the number of hits that have it, and whether the search is narrowed to it. */
public record FacetValue(String value, long count, boolean selected) {
}
