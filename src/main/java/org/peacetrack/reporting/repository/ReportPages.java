package org.peacetrack.reporting.repository;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the reports' pages from the Thymeleaf templates under templates/reports/ (one per report, shared
 * fragments, words from the message bundles), in or out of a web request, and prints them to PDF.
 */
@Component
public class ReportPages {

    private static final String STYLE = "/templates/reports/reports.css";

    private final ITemplateEngine templates;
    private final String style;

    ReportPages(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = ReportPages.class.getResourceAsStream(STYLE)) {
            this.style = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stylesheet every report page uses: inlined in progress reports, a file beside the repository's pages. */
    public String style() {
        return style;
    }

    public String html(String template, Map<String, Object> variables, Locale locale) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("style", style);
        return templates.process("reports/" + template, new Context(locale, all));
    }

    /**
     * A page printed to PDF by openhtmltopdf: jsoup makes the well-formed DOM the renderer needs from HTML5,
     * and the stylesheet's @page rules give the page size, margins and running page numbers.
     */
    public byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
