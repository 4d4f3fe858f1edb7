package org.peacetrack.documents;

import java.util.List;

/** A stored document with its paragraphs in reading order. */
public record DocumentView(DocumentSummary document, List<ParagraphView> paragraphs) {
}
