package org.peacetrack.documents;

import java.util.List;
import java.util.Objects;

/**
 * A stored document with its paragraphs in reading order, and the repairs its reader made to the source's
 * characters (each with the paragraph it lies in, or none).
 */
public record DocumentView(DocumentSummary document, List<ParagraphView> paragraphs, List<RepairView> repairs) {

    public DocumentView {
        paragraphs = List.copyOf(paragraphs);
        repairs = List.copyOf(repairs);
    }

    /** The repairs in this paragraph; with null, those in no paragraph. */
    public List<RepairView> repairsOf(Long paragraphId) {
        return repairs.stream().filter(r -> Objects.equals(r.paragraphId(), paragraphId)).toList();
    }
}
