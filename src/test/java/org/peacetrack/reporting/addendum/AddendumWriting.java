package org.peacetrack.reporting.addendum;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.peacetrack.reporting.ReportFormat;
import org.peacetrack.reporting.ReportTemplates;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The addendum's writers without the application, on an addendum of any size laid out as a session's: for the
 * benchmark, which measures writing alone (composing from the database is a few queries).
 */
public final class AddendumWriting {

    private static final List<String> THEMES = List.of("Conduct of peacekeepers and peacekeeping operations",
            "Partnerships", "Peacebuilding and sustaining peace", "Performance and accountability", "Politics",
            "Protection", "Safety and security", "Women and peace and security");

    private final MarkupWriters markup;
    private final PdfWriter pdf;
    private final DocxWriter docx = new DocxWriter();

    public AddendumWriting() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/reporting");
        messages.setDefaultEncoding("UTF-8");
        markup = new MarkupWriters(new ReportTemplates(messages));
        pdf = new PdfWriter(markup);
    }

    public void write(Addendum addendum, ReportFormat format, OutputStream out) {
        switch (format) {
            case DOCX -> docx.write(addendum, out);
            case PDF -> pdf.write(addendum, out);
            case HTML -> markup.html(addendum, out);
            case MD -> markup.markdown(addendum, out);
        }
    }

    /** An addendum of the given number of recommendations in eight themes, each status one to three paragraphs. */
    public static Addendum session(int recommendations) {
        AddendumHead head = new AddendumHead("A/82/123/Add.1", "A/82/123/Add.1", "General Assembly", "Distr.: General",
                "25 October 2027", "Original: English", "Eighty-second session", "Agenda item 51",
                "Comprehensive review of the whole question of peacekeeping operations in all their aspects",
                "Implementation of the recommendations of the Special Committee on Peacekeeping Operations",
                "Report of the Secretary-General", "Addendum", "Summary", "The matrix provides an overview.",
                List.of("Paragraph", "in A/81/19"), "A/82/123/Add.1");
        int perTheme = (recommendations + THEMES.size() - 1) / THEMES.size();
        List<AddendumSection> sections = new ArrayList<>();
        for (int t = 0; t < THEMES.size(); t++) {
            List<AddendumRow> rows = new ArrayList<>();
            for (int n = t * perTheme + 1; n <= Math.min(recommendations, (t + 1) * perTheme); n++) {
                rows.add(row(n));
            }
            sections.add(new AddendumSection(RomanNumerals.of(t + 1), THEMES.get(t), rows));
        }
        return new Addendum(head, sections, List.of(new AddendumFootnote("a", "More detailed information is "
                + "available at the online repository of recommendations.", false)));
    }

    private static AddendumRow row(int n) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("The Department of Peace Operations supported the missions in strengthening their planning for "
                + "recommendation " + n + ", including through " + (n % 40 + 2) + " workshops and the review of "
                + "standard operating procedures with troop- and police-contributing countries.");
        for (int p = 1; p < 1 + n % 3; p++) {
            paragraphs.add("In addition, the Secretariat continued to consult Member States on the next steps and will "
                    + "report on them to the Special Committee at its next substantive session.");
        }
        return new AddendumRow(n, n % 7 == 0 ? List.of("a") : List.of(), paragraphs, false);
    }
}
