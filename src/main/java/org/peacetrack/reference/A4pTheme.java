package org.peacetrack.reference;

/** One of the eight thematic areas of the Action for Peacekeeping commitments. */
public record A4pTheme(int number, String name, String source) {
}
