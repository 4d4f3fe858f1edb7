package org.peacetrack.reporting.addendum;

/** A note under the matrix: its mark ("a") and text; {@code missing} when the templates have no text for it. */
public record AddendumFootnote(String mark, String text, boolean missing) {
}
