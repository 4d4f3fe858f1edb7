package org.peacetrack.extraction;

import java.util.List;

/**
 * A numbered paragraph of a non-matrix document (SG report, initiatives summary, priorities, C-34
 * report). {@code number} is the document's own numbering; {@code title} is set where the unit has
 * one (an initiative's bold lead, a priority's name). Field names are part of the JSON contract.
 */
public record ExtractedParagraph(int number, List<String> sectionPath, String heading, String title, String text) {

    public ExtractedParagraph {
        sectionPath = List.copyOf(sectionPath);
    }
}
