package org.peacetrack.search;

/** The facets a search counts and narrows by; {@code param} is the query parameter of the page and API. */
public enum FacetName {
    YEAR("year", "Session year"),
    THEME("theme", "Theme"),
    STATUS("status", "Status"),
    ADDRESSEE("addressee", "Addressee"),
    MISSION("mission", "Mission"),
    ENTITY("entity", "Entity"),
    KIND("kind", "Document kind");

    private final String param;
    private final String label;

    FacetName(String param, String label) {
        this.param = param;
        this.label = label;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }
}
