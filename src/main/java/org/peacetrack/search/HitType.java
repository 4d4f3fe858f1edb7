package org.peacetrack.search;

public enum HitType {
    ITEM("Recommendation"),
    STATUS_UPDATE("Status update"),
    PARAGRAPH("Document paragraph");

    private final String label;

    HitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
