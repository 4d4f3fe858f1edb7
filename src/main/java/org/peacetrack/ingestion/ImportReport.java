package org.peacetrack.ingestion;

import java.time.LocalDate;
import java.util.List;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.documents.TextRepair;

/**
 * What an import created, what it skipped and why, every warning the readers and recognisers raised, and
 * every repair the readers made to the source's characters (original and repaired).
 */
public record ImportReport(
        Outcome outcome,
        long documentId,
        String fileName,
        DocumentKind kind,
        String symbol,
        String title,
        LocalDate issuedOn,
        int paragraphsCreated,
        int itemsCreated,
        int statusUpdatesCreated,
        int placeholdersCreated,
        int linksCreated,
        int figuresCreated,
        List<String> skipped,
        List<String> warnings,
        List<TextRepair> repairs) {

    public enum Outcome {
        CREATED,
        ALREADY_IMPORTED
    }

    public ImportReport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
        repairs = List.copyOf(repairs);
    }
}
