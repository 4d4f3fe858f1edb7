package org.peacetrack.reporting.addendum;

import java.util.List;

/**
 * One row of the matrix: the recommendation's number with its footnote marks, and the status text's
 * paragraphs; {@code gap} when no status was published for the year, and the paragraph says so.
 */
public record AddendumRow(int number, List<String> marks, List<String> paragraphs, boolean gap) {

    public AddendumRow {
        marks = List.copyOf(marks);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The status text's paragraphs separated by blank lines, as plain text and Markdown write them. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
