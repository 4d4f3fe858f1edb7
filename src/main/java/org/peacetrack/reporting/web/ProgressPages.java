package org.peacetrack.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peacetrack.reporting.progress.ProgressDocuments;
import org.peacetrack.reporting.progress.ProgressReport;
import org.peacetrack.reporting.progress.ProgressReports;
import org.peacetrack.reporting.progress.ProgressScope;
import org.peacetrack.reporting.progress.ReportRefusal;
import org.peacetrack.reporting.progress.SessionChoices;
import org.peacetrack.reporting.repository.ReadProgress;
import org.peacetrack.register.FrameworkRef;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Progress reports on the web: the reports page (a session's whole report, one per theme, one per entity),
 * each report as a page with its downloads, and the downloads themselves (HTML file or PDF to print).
 */
@Controller
class ProgressPages {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final ProgressReports reports;
    private final ProgressDocuments documents;

    ProgressPages(ProgressReports reports, ProgressDocuments documents) {
        this.reports = reports;
        this.documents = documents;
    }

    @GetMapping("/reports/progress")
    String choices(@RequestParam(required = false) String framework, Model model) {
        List<FrameworkRef> sessions = reports.sessions();
        model.addAttribute("sessions", sessions);
        String chosen = framework != null && !framework.isBlank() ? framework
                : sessions.stream().findFirst().map(FrameworkRef::code).orElse(null);
        if (chosen != null) {
            SessionChoices choices = reports.choices(chosen).orElseThrow(() -> new ReportRefusal(
                    ReportRefusal.Reason.NOT_FOUND, "progress.error.unknownSession", chosen));
            model.addAttribute("choices", choices);
            Map<String, List<ReportLinks>> groups = new LinkedHashMap<>();
            groups.put("whole", List.of(ReportLinks.of(choices.session() + " (" + choices.year() + ")",
                    ProgressScope.of(chosen, null, null))));
            groups.put("themes", choices.themes().stream().map(t -> ReportLinks.of(t, ProgressScope.of(chosen, t, null)))
                    .toList());
            if (!choices.entities().isEmpty()) {
                groups.put("entities", choices.entities().stream()
                        .map(e -> ReportLinks.of(e, ProgressScope.of(chosen, null, e))).toList());
            }
            model.addAttribute("groups", groups);
        }
        return "reports/choices";
    }

    @GetMapping("/reports/progress/report")
    ResponseEntity<String> page(@RequestParam String framework, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String entity, Locale locale) {
        ProgressScope scope = ProgressScope.of(framework, theme, entity);
        Map<String, String> downloads = new LinkedHashMap<>();
        downloads.put("pdf", address("pdf", scope));
        downloads.put("html", address("html", scope));
        ProgressReport report = reports.report(scope, ReadProgress.NONE);
        return ResponseEntity.ok().contentType(HTML).body(documents.html(report, locale, downloads));
    }

    @GetMapping("/reports/progress.{format}")
    ResponseEntity<byte[]> download(@PathVariable String format, @RequestParam String framework,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String entity,
            Locale locale) {
        if (!format.equals("html") && !format.equals("pdf")) {
            throw new ReportRefusal(ReportRefusal.Reason.BAD_REQUEST, "progress.error.format", format);
        }
        ProgressScope scope = ProgressScope.of(framework, theme, entity);
        ProgressReport report = reports.report(scope, ReadProgress.NONE);
        byte[] body = format.equals("pdf") ? documents.pdf(report, locale)
                : documents.html(report, locale, Map.of()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(format.equals("pdf") ? MediaType.APPLICATION_PDF : HTML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(scope.fileName() + "." + format).build().toString())
                .body(body);
    }

    /** The address of a download of the same report, e.g. /reports/progress.pdf?framework=A/78/19&theme=... */
    static String address(String format, ProgressScope scope) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reports/progress." + format)
                .queryParam("framework", scope.session());
        if (scope.kind() != ProgressScope.Kind.SESSION) {
            uri.queryParam(scope.kind().name().toLowerCase(Locale.ROOT), scope.value());
        }
        return uri.encode().build().toUriString();
    }
}
