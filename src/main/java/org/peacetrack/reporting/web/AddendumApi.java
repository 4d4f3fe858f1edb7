package org.peacetrack.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.peacetrack.reporting.AddendumRequest;
import org.peacetrack.reporting.AddendumService;
import org.peacetrack.reporting.GenerationReport;
import org.peacetrack.reporting.ReportFormat;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The addendum over HTTP: what it would hold (gaps, warnings) as JSON, and the document in each format. */
@RestController
class AddendumApi {

    private final AddendumService addenda;

    AddendumApi(AddendumService addenda) {
        this.addenda = addenda;
    }

    /** The generation report, with the address of the document in each format. */
    record AddendumReport(GenerationReport report, Map<String, String> files) {
    }

    @Operation(summary = "What the Secretary-General's addendum on a session for a year holds: its gaps "
            + "(recommendations without a published status) and warnings, with the document's address in each format")
    @GetMapping("/api/reports/addendum/{year}")
    AddendumReport report(@PathVariable int year,
            @Parameter(description = "The session's report, e.g. A/78/19") @RequestParam String framework) {
        GenerationReport report = addenda.check(AddendumRequest.of(framework, year));
        Map<String, String> files = new LinkedHashMap<>();
        Arrays.stream(ReportFormat.values()).forEach(f -> files.put(f.extension(), UriComponentsBuilder
                .fromPath("/api/reports/addendum/{year}/{format}").queryParam("framework", framework)
                .buildAndExpand(year, f.extension()).encode().toUriString()));
        return new AddendumReport(report, files);
    }

    @Operation(summary = "The Secretary-General's addendum on a session for a year, written from the published "
            + "statuses as DOCX, PDF, HTML or Markdown (md)", description = "Only published statuses go in; a "
            + "recommendation without one is listed with a visible gap, and the X-Addendum-Gaps header counts them. "
            + "An unknown format is a 400, an unknown session a 404.")
    @GetMapping("/api/reports/addendum/{year}/{format}")
    void document(@PathVariable int year, @Parameter(description = "docx, pdf, html or md") @PathVariable String format,
            @Parameter(description = "The session's report, e.g. A/78/19") @RequestParam String framework,
            @Parameter(description = "The addendum's symbol, e.g. A/80/123/Add.1") @RequestParam(required = false) String symbol,
            @Parameter(description = "Its date (ISO), today if absent") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = "The General Assembly's agenda item, e.g. 51") @RequestParam(required = false)
            String agendaItem, HttpServletResponse response) throws IOException {
        Downloads.send(addenda, new AddendumRequest(framework, year, symbol, date, agendaItem), ReportFormat.of(format),
                response);
    }
}
