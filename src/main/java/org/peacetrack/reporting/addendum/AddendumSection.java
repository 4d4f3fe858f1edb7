package org.peacetrack.reporting.addendum;

import java.util.List;

/** One theme of the matrix, numbered as the report's chapters are ("II."), with its recommendations. */
public record AddendumSection(String numeral, String title, List<AddendumRow> rows) {

    public AddendumSection {
        rows = List.copyOf(rows);
    }

    public String heading() {
        return numeral + ". " + title;
    }
}
