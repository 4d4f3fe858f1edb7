package org.peacetrack.ingestion;

import org.peacetrack.documents.DocumentKind;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.UnrecognisedDocumentException;

/** The checks a recognised document must pass before anything of it is stored. */
final class Validation {

    private static final String C34_REPORT_SYMBOL = "A/\\d{2,3}/19";

    private Validation() {
    }

    static void check(Extraction extraction) {
        boolean recommendationsMayBeNone = extraction.document().kind() == DocumentKind.C34_REPORT;
        if (extraction.entries().isEmpty() && extraction.paragraphs().isEmpty() && !recommendationsMayBeNone) {
            throw new UnrecognisedDocumentException("No numbered paragraphs were found in the document");
        }
        if (extraction.document().kind() == DocumentKind.SG_ADDENDUM) {
            String respondsTo = extraction.document().respondsTo();
            if (respondsTo == null || !respondsTo.matches(C34_REPORT_SYMBOL)) {
                throw new UnrecognisedDocumentException(
                        "The addendum does not name the Special Committee report (A/xx/19) whose recommendations it answers");
            }
        }
    }
}
