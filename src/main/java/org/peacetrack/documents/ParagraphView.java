package org.peacetrack.documents;

import java.util.List;

/** A stored paragraph. {@code anchor} is its fragment on the document page ("p38"). */
public record ParagraphView(long id, long documentId, int seq, String number, String sectionNumber,
        String sectionTitle, List<String> footnotes, String text) {

    /** The text's own paragraphs (an addendum entry may run over several). */
    public List<String> parts() {
        return List.of(text.split("\n\n"));
    }

    public String anchor() {
        return number != null ? "p" + number : "s" + seq;
    }
}
