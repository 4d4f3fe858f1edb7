package org.peacetrack.extraction;

import java.util.List;

/**
 * One row of the Secretary-General's addendum matrix: the status of one recommendation, identified by
 * its paragraph number in the Special Committee's report. The first six components, in this order,
 * are the stable JSON contract of {@code ingest --dry-run --json}.
 */
public record AddendumEntry(
        int paragraph,
        List<String> footnotes,
        String section,
        EntryStatus status,
        List<PriorReference> priorReferences,
        String text,
        String sectionNumber,
        String statusPhrase,
        double statusConfidence,
        Mentions mentions) {

    public AddendumEntry {
        footnotes = List.copyOf(footnotes);
        priorReferences = List.copyOf(priorReferences);
    }
}
