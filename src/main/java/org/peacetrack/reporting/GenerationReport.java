package org.peacetrack.reporting;

import java.util.List;

/**
 * What writing a report did: the session and year, the document's symbol (null if none was known), how many
 * recommendations it lists and how many of them with a published status, the numbers of those listed with
 * a gap instead, and every warning (each gap named, facts the masthead lacks, footnotes without a text).
 */
public record GenerationReport(String session, int year, String symbol, int recommendations, int statuses,
        List<Integer> gaps, List<String> warnings) {

    public GenerationReport {
        gaps = List.copyOf(gaps);
        warnings = List.copyOf(warnings);
    }
}
