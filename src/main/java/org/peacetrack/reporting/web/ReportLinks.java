package org.peacetrack.reporting.web;

import org.peacetrack.reporting.progress.ProgressScope;

/** A progress report's page and downloads, as the reports page links them. */
public record ReportLinks(String label, String page, String pdf, String html) {

    static ReportLinks of(String label, ProgressScope scope) {
        return new ReportLinks(label, ProgressPages.address("report", scope).replace("/reports/progress.report",
                "/reports/progress/report"), ProgressPages.address("pdf", scope), ProgressPages.address("html", scope));
    }
}
