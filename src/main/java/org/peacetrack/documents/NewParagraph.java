package org.peacetrack.documents;

import java.util.List;

/** A paragraph to store: its position, its number in the document (may be null), section and text. */
public record NewParagraph(int seq, String number, String sectionNumber, String sectionTitle, List<String> footnotes,
        String text) {

    public NewParagraph {
        footnotes = List.copyOf(footnotes);
    }
}
