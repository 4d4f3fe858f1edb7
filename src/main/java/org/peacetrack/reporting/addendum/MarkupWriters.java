package org.peacetrack.reporting.addendum;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.peacetrack.reporting.ReportTemplates;
import org.springframework.stereotype.Component;

/** The addendum through its templates: HTML and Markdown straight to the stream, and the PDF's HTML. */
@Component
public class MarkupWriters {

    private final ReportTemplates templates;

    MarkupWriters(ReportTemplates templates) {
        this.templates = templates;
    }

    public void html(Addendum addendum, OutputStream out) {
        stream(out, writer -> templates.write("addendum.html", Map.of("addendum", addendum, "pdf", false),
                Locale.ENGLISH, writer));
    }

    public void markdown(Addendum addendum, OutputStream out) {
        stream(out, writer -> templates.write("addendum.md", Map.of("addendum", addendum), Locale.ENGLISH, writer));
    }

    /** The HTML that the PDF is laid out from: the same template, with the printed page's running head and numbers. */
    String printableHtml(Addendum addendum) {
        StringWriter html = new StringWriter();
        templates.write("addendum.html", Map.of("addendum", addendum, "pdf", true), Locale.ENGLISH, html);
        return html.toString();
    }

    private static void stream(OutputStream out, java.util.function.Consumer<Writer> body) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            body.accept(writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
