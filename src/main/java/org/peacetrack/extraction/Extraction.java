package org.peacetrack.extraction;

import java.util.List;

/**
 * The result of recognising one document: its facts, its matrix entries (SG addendum) or its numbered
 * paragraphs (every other kind), and every warning met on the way.
 */
public record Extraction(DocumentFacts document, List<AddendumEntry> entries, List<ExtractedParagraph> paragraphs,
        List<String> warnings) {

    public Extraction {
        entries = List.copyOf(entries);
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }
}
