package org.peacetrack.reporting;

import java.util.List;
import org.peacetrack.extraction.AddendumEntry;
import org.peacetrack.extraction.PriorReference;

/** What a round trip keeps of an addendum entry: number, section, footnote marks, status, prior references, text. */
record Entries(int number, String section, List<String> footnotes, String status, List<String> priorReferences,
        String text) {

    static List<Entries> of(List<AddendumEntry> entries) {
        return entries.stream().map(Entries::of).toList();
    }

    static Entries of(AddendumEntry e) {
        return new Entries(e.paragraph(), e.section(), e.footnotes(), e.status().name(),
                e.priorReferences().stream().map(Entries::reference).toList(), e.text());
    }

    private static String reference(PriorReference r) {
        return r.number() + "/" + r.year();
    }

    /**
     * What must come back from a format: everything, text included, except from PDF, whose text the PDF reader
     * gives with the layout's traces (a space where a line broke before a slash, paragraph ends lost at page
     * ends): there the records' facts, without the text.
     */
    static List<Entries> comparable(List<AddendumEntry> entries, ReportFormat format) {
        return entries.stream().map(Entries::of).map(e -> format == ReportFormat.PDF ? e.facts() : e).toList();
    }

    /** Without the text: what the records keep as data. */
    Entries facts() {
        return new Entries(number, section, footnotes, status, priorReferences, null);
    }
}
