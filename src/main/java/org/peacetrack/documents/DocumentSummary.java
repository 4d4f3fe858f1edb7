package org.peacetrack.documents;

import java.time.Instant;
import java.time.LocalDate;

/** A stored document, without its paragraphs. */
public record DocumentSummary(
        long id,
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
        Instant importedAt,
        int paragraphCount,
        String distribution,
        String agendaItem,
        Integer year) {

    /** The symbol where the document states one, else its title: what people call it (never the file name). */
    public String label() {
        return symbol != null ? symbol : title;
    }
}
