package org.peacetrack.reporting.addendum;

import java.util.List;

/**
 * An addendum laid out as the Secretary-General's is, every word already chosen from the templates' messages:
 * the masthead, the matrix's sections in the report's order and the footnotes. What the writers lay out.
 */
public record Addendum(AddendumHead head, List<AddendumSection> sections, List<AddendumFootnote> footnotes) {

    public Addendum {
        sections = List.copyOf(sections);
        footnotes = List.copyOf(footnotes);
    }

    /** How many rows the matrix has: the number of paragraphs a writer will lay out, for a progress line. */
    public int rowCount() {
        return sections.stream().mapToInt(s -> s.rows().size()).sum();
    }
}
