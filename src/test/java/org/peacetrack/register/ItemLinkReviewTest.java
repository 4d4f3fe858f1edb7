package org.peacetrack.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A link guards its own review: only a proposed match is reviewed, and a review decides. */
class ItemLinkReviewTest {

    private static ItemLinkEntity match() {
        return ItemLinkEntity.proposedMatch(2L, 1L, 0.8, 0.3, "test-1");
    }

    @Test
    void aProposedMatchIsConfirmedOrRejected() {
        ItemLinkEntity confirmed = match();
        confirmed.review(ReviewState.CONFIRMED);
        ItemLinkEntity rejected = match();
        rejected.review(ReviewState.REJECTED);

        assertThat(confirmed.reviewState).isEqualTo(ReviewState.CONFIRMED);
        assertThat(rejected.reviewState).isEqualTo(ReviewState.REJECTED);
    }

    @Test
    void aReviewedMatchMayBeReviewedAgainWhenAPersonChangesTheirMind() {
        ItemLinkEntity link = match();
        link.review(ReviewState.REJECTED);
        link.review(ReviewState.CONFIRMED);

        assertThat(link.reviewState).isEqualTo(ReviewState.CONFIRMED);
    }

    @Test
    void aReviewCannotPutAMatchBackToProposed() {
        ItemLinkEntity link = match();

        assertThatThrownBy(() -> link.review(ReviewState.PROPOSED)).isInstanceOf(IllegalArgumentException.class);
        assertThat(link.reviewState).isEqualTo(ReviewState.PROPOSED);
    }

    @Test
    void anExplicitReferenceIsAFactOfItsDocumentAndIsNotReviewed() {
        ItemLinkEntity reference = new ItemLinkEntity(2L, 1L, LinkKind.REFERS_TO_PRIOR, 7L);
        ItemLinkEntity serves = new ItemLinkEntity(2L, 1L, LinkKind.SERVES, null);

        assertThat(reference.isReviewable()).isFalse();
        assertThatThrownBy(() -> reference.review(ReviewState.CONFIRMED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> serves.review(ReviewState.REJECTED)).isInstanceOf(IllegalStateException.class);
        assertThat(reference.reviewState).isNull();
    }

    @Test
    void aLinkTouchesTheItemsAtItsTwoEndsOnly() {
        ItemLinkEntity link = match();

        assertThat(link.touches(1L)).isTrue();
        assertThat(link.touches(2L)).isTrue();
        assertThat(link.touches(3L)).isFalse();
    }
}
