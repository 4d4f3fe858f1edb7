package org.peacetrack.register;

/** An explicit reference from one item to an earlier one whose text is unrelated (scores below the threshold). */
public record UnrelatedReference(ItemSummary from, ItemSummary to, double score, double threshold) {
}
