package org.peacetrack.diff;

/** A run of text that both versions share, or that only the older (removed) or newer (added) one has. */
public record DiffPart(Kind kind, String text) {

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    public boolean added() {
        return kind == Kind.ADDED;
    }

    public boolean removed() {
        return kind == Kind.REMOVED;
    }
}
