package org.peacetrack.extraction;

import java.util.List;

/** The result of recognising one document: its facts, its entries, and every warning met on the way. */
public record Extraction(DocumentFacts document, List<AddendumEntry> entries, List<String> warnings) {

    public Extraction {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }
}
