package org.peacetrack.register;

/**
 * One item in a recommendation's chain across sessions, with the link that ties it to an earlier step:
 * its kind, its score (text similarity, for an explicit reference when both texts are known) and, for
 * a proposed match, its review state. The first step has no link.
 */
public record LineageStep(ItemSummary item, Long linkId, LinkKind linkedBy, Double score, ReviewState review) {

    public boolean awaitsReview() {
        return review == ReviewState.PROPOSED;
    }
}
