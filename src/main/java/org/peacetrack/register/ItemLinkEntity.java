package org.peacetrack.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A directed link between two items, with the paragraph that states it. */
@Entity
@Table(name = "item_link")
class ItemLinkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "from_item_id")
    public long fromItemId;
    @Column(name = "to_item_id")
    public long toItemId;
    @Enumerated(EnumType.STRING)
    public LinkKind kind;
    @Column(name = "source_paragraph_id")
    Long sourceParagraphId;
    public Double score;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_state")
    public ReviewState reviewState;
    /** An explicit reference whose two texts score below the matcher's threshold: the page warns of it. */
    public boolean unrelated;
    @Column(name = "matcher_version")
    String matcherVersion;

    protected ItemLinkEntity() {
    }

    public ItemLinkEntity(long fromItemId, long toItemId, LinkKind kind, Long sourceParagraphId) {
        this.fromItemId = fromItemId;
        this.toItemId = toItemId;
        this.kind = kind;
        this.sourceParagraphId = sourceParagraphId;
    }

    /** A later item's text resembles an earlier one's: a match for a person to confirm or reject. */
    public static ItemLinkEntity proposedMatch(long laterItemId, long earlierItemId, double score, double threshold,
            String matcherVersion) {
        ItemLinkEntity link = new ItemLinkEntity(laterItemId, earlierItemId, LinkKind.SIMILAR_TO, null);
        link.reviewState = ReviewState.PROPOSED;
        link.scored(score, threshold, matcherVersion);
        return link;
    }

    /**
     * The two texts' similarity by the given matcher (null while either text is unknown), and what follows: an
     * explicit reference below the matcher's threshold is marked unrelated.
     */
    public void scored(Double similarity, double threshold, String matcherVersion) {
        score = similarity;
        unrelated = kind == LinkKind.REFERS_TO_PRIOR && similarity != null && similarity < threshold;
        this.matcherVersion = matcherVersion;
    }

    /** Whether the link carries a text similarity: explicit references and matches do, SERVES does not. */
    public boolean isScored() {
        return kind == LinkKind.REFERS_TO_PRIOR || kind == LinkKind.SIMILAR_TO;
    }

    /** Whether the link touches the item, at either end. */
    public boolean touches(long itemId) {
        return fromItemId == itemId || toItemId == itemId;
    }

    /** Whether a person may review the link: only a proposed match is, and it stays reviewable (a change of mind). */
    public boolean isReviewable() {
        return kind == LinkKind.SIMILAR_TO && reviewState != null;
    }

    /**
     * A person confirms or rejects the match. An explicit reference or a SERVES link states a fact of a document
     * and is not reviewed; a review decides, so it cannot put the match back to proposed.
     */
    public void review(ReviewState decision) {
        if (decision == ReviewState.PROPOSED) {
            throw new IllegalArgumentException("A review confirms or rejects a match");
        }
        if (!isReviewable()) {
            throw new IllegalStateException("Link " + id + " (" + kind + ") is not a proposed match: it is not reviewed");
        }
        reviewState = decision;
    }
}
