package org.peacetrack.reporting.addendum;

import java.util.List;

/**
 * The masthead and the words around the matrix: the symbol (null when none is known) and the running head
 * that stands for it, the organ, distribution, date, original language, session, agenda item (null when
 * unknown) and its title, the report's title, byline, "Addendum", the summary, and the column header's lines.
 */
public record AddendumHead(String symbol, String runningHead, String organ, String distribution, String date,
        String language, String session, String agendaItem, String agendaTitle, String title, String byline,
        String addendum, String summaryHeading, String summary, List<String> columnHeader, String documentTitle) {

    public AddendumHead {
        columnHeader = List.copyOf(columnHeader);
    }

    /** The column header on one line: "Paragraph in A/78/19". */
    public String columnHeaderLine() {
        return String.join(" ", columnHeader);
    }
}
