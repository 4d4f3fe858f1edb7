package org.peacetrack.ingestion;

import java.time.LocalDate;
import java.util.List;

/** What an import created, what it skipped and why, and every warning the readers and recognisers raised. */
public record ImportReport(
        Outcome outcome,
        long documentId,
        String fileName,
        String kind,
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
        List<String> warnings) {

    public enum Outcome {
        CREATED,
        ALREADY_IMPORTED
    }

    public ImportReport {
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
