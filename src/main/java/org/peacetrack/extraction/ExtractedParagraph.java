package org.peacetrack.extraction;

import java.util.List;

/**
 * A numbered paragraph of a non-matrix document (SG report, initiatives summary, priorities, C-34
 * report). {@code number} is the document's own numbering; {@code title} is set where the unit has
 * one (an initiative's bold lead, a priority's name). {@code operativeVerb} and {@code addressee} are
 * set for the Special Committee's recommendations only and are null elsewhere. {@code subsectionHeading}
 * is the heading of the lettered subsection the paragraph sits in (in a C-34 report, its A4P theme), even
 * under a numbered sub-heading. {@code label} is the paragraph's number as the document prints it where that
 * is more than the number ("5.I.12" in a budget fascicle, whose numbering restarts per part), else null.
 * Field names and their order are part of the JSON contract: new components go at the end.
 */
public record ExtractedParagraph(int number, List<String> sectionPath, String heading, String title, String text,
        String operativeVerb, Addressee addressee, String subsectionHeading, String label) {

    public ExtractedParagraph {
        sectionPath = List.copyOf(sectionPath);
    }

    public ExtractedParagraph(int number, List<String> sectionPath, String heading, String title, String text,
            String operativeVerb, Addressee addressee, String subsectionHeading) {
        this(number, sectionPath, heading, title, text, operativeVerb, addressee, subsectionHeading, null);
    }

    /** A paragraph that is no recommendation: it has neither operative verb nor addressee. */
    public ExtractedParagraph(int number, List<String> sectionPath, String heading, String title, String text) {
        this(number, sectionPath, heading, title, text, null, null, null);
    }

    public ExtractedParagraph(int number, List<String> sectionPath, String heading, String title, String text,
            String operativeVerb, Addressee addressee) {
        this(number, sectionPath, heading, title, text, operativeVerb, addressee, null);
    }
}
