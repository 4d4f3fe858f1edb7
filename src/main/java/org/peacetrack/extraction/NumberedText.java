package org.peacetrack.extraction;

/** A paragraph's text with its number in the document, or a null number where it has none. */
public record NumberedText(String paragraph, String text) {
}
