package org.peacetrack.documents;

import java.time.LocalDate;
import java.util.List;

/** A document to store, with its paragraphs in reading order. */
public record NewDocument(
        String symbol,
        String title,
        String kind,
        LocalDate issuedOn,
        Integer session,
        String respondsTo,
        String language,
        String fileName,
        String fileHash,
        SourceFormat format,
        long sizeBytes,
        List<NewParagraph> paragraphs) {

    public NewDocument {
        paragraphs = List.copyOf(paragraphs);
    }
}
