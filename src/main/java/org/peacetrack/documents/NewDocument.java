package org.peacetrack.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * A document to store, with its paragraphs in reading order. {@code distribution}, {@code agendaItem} and
 * {@code year} are what its masthead states (each may be null); the year is set also where no date is.
 * {@code repairs} are the changes the reader made to the source's characters, in reading order, stored with
 * the paragraph each lies in.
 */
public record NewDocument(
        String symbol,
        String title,
        DocumentKind kind,
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
        Integer year,
        List<TextRepair> repairs) {

    public NewDocument {
        paragraphs = List.copyOf(paragraphs);
        repairs = List.copyOf(repairs);
    }

    public NewDocument(String symbol, String title, DocumentKind kind, LocalDate issuedOn, Integer session, String respondsTo,
            String language, String fileName, String fileHash, SourceFormat format, long sizeBytes,
            List<NewParagraph> paragraphs, String distribution, String agendaItem, Integer year) {
        this(symbol, title, kind, issuedOn, session, respondsTo, language, fileName, fileHash, format, sizeBytes,
                paragraphs, distribution, agendaItem, year, List.of());
    }

    public NewDocument(String symbol, String title, DocumentKind kind, LocalDate issuedOn, Integer session, String respondsTo,
            String language, String fileName, String fileHash, SourceFormat format, long sizeBytes,
            List<NewParagraph> paragraphs) {
        this(symbol, title, kind, issuedOn, session, respondsTo, language, fileName, fileHash, format, sizeBytes,
                paragraphs, null, null, issuedOn == null ? null : issuedOn.getYear(), List.of());
    }
}
