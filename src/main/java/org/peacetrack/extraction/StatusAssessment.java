package org.peacetrack.extraction;

/** What the classifier decided, the phrase it decided from, and how sure it is (0..1). */
public record StatusAssessment(EntryStatus status, String phrase, double confidence) {
}
