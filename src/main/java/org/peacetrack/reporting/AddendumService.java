package org.peacetrack.reporting;

import java.io.OutputStream;
import java.util.List;
import org.peacetrack.reporting.addendum.Addendum;
import org.peacetrack.reporting.addendum.AddendumComposer;
import org.peacetrack.reporting.addendum.Composed;
import org.peacetrack.reporting.addendum.DocxWriter;
import org.peacetrack.reporting.addendum.MarkupWriters;
import org.peacetrack.reporting.addendum.PdfWriter;
import org.peacetrack.register.RegisterService;
import org.springframework.stereotype.Service;

/**
 * The reporting facade for the addendum: composes it from the published records of a session and year, and
 * writes it in a format; pages, the API and the command line all come here.
 */
@Service
public class AddendumService {

    private final AddendumComposer composer;
    private final MarkupWriters markup;
    private final PdfWriter pdf;
    private final DocxWriter docx;
    private final RegisterService register;

    AddendumService(AddendumComposer composer, MarkupWriters markup, PdfWriter pdf, DocxWriter docx,
            RegisterService register) {
        this.composer = composer;
        this.markup = markup;
        this.pdf = pdf;
        this.docx = docx;
        this.register = register;
    }

    /**
     * Writes the addendum to the stream and says what went into it. An unknown session is refused
     * (UnknownSessionException) before anything is written.
     */
    public GenerationReport write(AddendumRequest request, ReportFormat format, OutputStream out) {
        Composed composed = composer.compose(request);
        write(composed.addendum(), format, out);
        return composed.report();
    }

    private void write(Addendum addendum, ReportFormat format, OutputStream out) {
        switch (format) {
            case DOCX -> docx.write(addendum, out);
            case PDF -> pdf.write(addendum, out);
            case HTML -> markup.html(addendum, out);
            case MD -> markup.markdown(addendum, out);
        }
    }

    /**
     * Composes the addendum, to be written afterwards in one or more formats: callers that must say what it
     * holds before writing it (a download's headers) compose first. An unknown session is refused here.
     */
    public Prepared prepare(AddendumRequest request) {
        return new Prepared(composer.compose(request));
    }

    /** An addendum composed and ready to be written. */
    public final class Prepared {

        private final Composed composed;

        private Prepared(Composed composed) {
            this.composed = composed;
        }

        public GenerationReport report() {
            return composed.report();
        }

        public void writeTo(ReportFormat format, OutputStream out) {
            AddendumService.this.write(composed.addendum(), format, out);
        }
    }

    /** What the addendum would hold, without writing it: its gaps and warnings. */
    public GenerationReport check(AddendumRequest request) {
        return composer.compose(request).report();
    }

    /** The years for which an addendum on the session has published statuses to report, oldest first. */
    public List<Integer> years(String session) {
        return register.reportingYears(session);
    }

    /** The file name a download is offered under: "A-78-19-addendum-2025.docx". */
    public static String fileName(AddendumRequest request, ReportFormat format) {
        return request.session().replaceAll("[^A-Za-z0-9]+", "-") + "-addendum-" + request.year() + "."
                + format.extension();
    }
}
