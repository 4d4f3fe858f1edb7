package org.peacetrack.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A document to store, with its paragraphs in reading order. {@code distribution}, {@code agendaItem} and
 * {@code year} are what its masthead states (each may be null); the year is set also where no date is.
 */
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
        List<NewParagraph> paragraphs,
        String distribution,
        String agendaItem,
        Integer year) {

    public NewDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    public NewDocument(String symbol, String title, String kind, LocalDate issuedOn, Integer session, String respondsTo,
            String language, String fileName, String fileHash, SourceFormat format, long sizeBytes,
            List<NewParagraph> paragraphs) {
        this(symbol, title, kind, issuedOn, session, respondsTo, language, fileName, fileHash, format, sizeBytes,
                paragraphs, null, null, issuedOn == null ? null : issuedOn.getYear());
    }
}
