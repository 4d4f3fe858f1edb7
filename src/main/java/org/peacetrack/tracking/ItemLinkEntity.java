package org.peacetrack.tracking;

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
    Long id;

    @Column(name = "from_item_id")
    long fromItemId;
    @Column(name = "to_item_id")
    long toItemId;
    @Enumerated(EnumType.STRING)
    LinkKind kind;
    @Column(name = "source_paragraph_id")
    Long sourceParagraphId;
    Double score;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_state")
    ReviewState reviewState;
    /** An explicit reference whose two texts score below the matcher's threshold: the page warns of it. */
    boolean unrelated;
    @Column(name = "matcher_version")
    String matcherVersion;

    protected ItemLinkEntity() {
    }

    ItemLinkEntity(long fromItemId, long toItemId, LinkKind kind, Long sourceParagraphId) {
        this.fromItemId = fromItemId;
        this.toItemId = toItemId;
        this.kind = kind;
        this.sourceParagraphId = sourceParagraphId;
    }

    /** A later item's text resembles an earlier one's: a match for a person to confirm or reject. */
    static ItemLinkEntity proposedMatch(long laterItemId, long earlierItemId, double score) {
        ItemLinkEntity link = new ItemLinkEntity(laterItemId, earlierItemId, LinkKind.SIMILAR_TO, null);
        link.reviewState = ReviewState.PROPOSED;
        link.scored(score);
        return link;
    }

    /** The two texts' similarity by the current matcher (null while either text is unknown), and what follows. */
    void scored(Double similarity) {
        score = similarity;
        unrelated = kind == LinkKind.REFERS_TO_PRIOR && similarity != null && similarity < SessionMatcher.THRESHOLD;
        matcherVersion = SessionMatcher.VERSION;
    }

    /** Whether the link carries a text similarity: explicit references and matches do, SERVES does not. */
    boolean isScored() {
        return kind == LinkKind.REFERS_TO_PRIOR || kind == LinkKind.SIMILAR_TO;
    }

    void review(ReviewState decision) {
        reviewState = decision;
    }
}
