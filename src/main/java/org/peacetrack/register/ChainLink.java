package org.peacetrack.register;

/** A link of an item's chain as lineage reads it: its ends, kind, stored score, review and warning. */
public record ChainLink(long id, long fromItemId, long toItemId, LinkKind kind, Double score, ReviewState reviewState,
        boolean unrelated) {

    /** The end that is not the given item, or -1 if the link does not touch it. */
    public long otherEnd(long itemId) {
        return fromItemId == itemId ? toItemId : toItemId == itemId ? fromItemId : -1;
    }
}
