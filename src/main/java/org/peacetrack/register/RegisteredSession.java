package org.peacetrack.register;

/**
 * What registering a Special Committee report did: its session's framework, items created, placeholders (made
 * earlier by references to them) filled in, and links to the A4P theme each serves.
 */
public record RegisteredSession(FrameworkRef session, int itemsCreated, int placeholdersFilled,
        int servesLinksCreated) {
}
