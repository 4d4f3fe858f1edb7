package org.peacetrack.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.peacetrack.register.FrameworkRef;
import org.peacetrack.reporting.AddendumRequest;
import org.peacetrack.reporting.AddendumService;
import org.peacetrack.reporting.ReportFormat;
import org.peacetrack.reporting.progress.ProgressReports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addendum's downloads for the pages (the session's list, the cycle, and the addenda page that lists every
 * year with published statuses). Anyone may download: only published statuses go in, whoever asks.
 */
@Controller
class AddendumDownloads {

    private final AddendumService addenda;
    private final ProgressReports reports;

    AddendumDownloads(AddendumService addenda, ProgressReports reports) {
        this.addenda = addenda;
        this.reports = reports;
    }

    /** Without a session named, the newest session's addenda; with no session imported, the reports page says so. */
    @GetMapping(value = "/reports/addenda", params = "!framework")
    String newestSession() {
        return reports.sessions().stream().findFirst().map(FrameworkRef::code)
                .map(code -> UriComponentsBuilder.fromPath("/reports/addenda").queryParam("framework", code)
                        .encode().toUriString())
                .map(address -> "redirect:" + address).orElse("redirect:/reports/progress");
    }

    @GetMapping("/reports/addenda")
    String addenda(@RequestParam String framework, Model model) {
        model.addAttribute("framework", framework);
        model.addAttribute("years", addenda.years(framework));
        model.addAttribute("formats", ReportFormat.values());
        return "addenda";
    }

    @GetMapping("/reports/addendum/{year}.{format}")
    void download(@PathVariable int year, @PathVariable String format, @RequestParam String framework,
            @RequestParam(required = false) String symbol,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String agendaItem, HttpServletResponse response) throws IOException {
        Downloads.send(addenda, new AddendumRequest(framework, year, symbol, date, agendaItem), ReportFormat.of(format),
                response);
    }
}
