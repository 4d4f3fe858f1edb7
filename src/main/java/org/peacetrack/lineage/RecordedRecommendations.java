package org.peacetrack.lineage;

/**
 * What recording a Special Committee report did: items created, placeholders (made earlier by references
 * to them) filled in, links to the A4P theme each serves, and matches proposed with the adjacent sessions.
 */
public record RecordedRecommendations(String frameworkCode, int itemsCreated, int placeholdersFilled,
        int servesLinksCreated, int matchesProposed) {
}
