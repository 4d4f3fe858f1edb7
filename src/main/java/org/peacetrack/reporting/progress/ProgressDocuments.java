package org.peacetrack.reporting.progress;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.peacetrack.reporting.repository.ReportPages;
import org.springframework.stereotype.Service;

/** A progress report written from templates/reports/progress.html, as a page, an HTML file or a PDF. */
@Service
public class ProgressDocuments {

    private final ReportPages pages;
    private final ProgressCharts charts;

    ProgressDocuments(ReportPages pages, ProgressCharts charts) {
        this.pages = pages;
        this.charts = charts;
    }

    /**
     * The report as one self-contained HTML document (its stylesheet inside). downloads: the addresses of
     * its HTML and PDF downloads, shown on the web page only (a saved file has no server to ask).
     */
    public String html(ProgressReport report, Locale locale, Map<String, String> downloads) {
        return render(report, locale, false, downloads);
    }

    public byte[] pdf(ProgressReport report, Locale locale) {
        return pages.pdf(render(report, locale, true, Map.of()));
    }

    private String render(ProgressReport report, Locale locale, boolean print, Map<String, String> downloads) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("print", print);
        variables.put("downloads", downloads);
        variables.put("distribution", charts.statusDistribution(report, locale));
        variables.put("overSessions", charts.overSessions(report, locale));
        return pages.html("progress", variables, locale);
    }
}
