package org.peacetrack.lineage;

/** What rescoring the links did: how many scores it recomputed and how many new matches it proposed. */
public record Relinked(String matcherVersion, int linksRescored, int matchesProposed) {
}
