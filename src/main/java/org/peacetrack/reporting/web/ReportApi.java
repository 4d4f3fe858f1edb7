package org.peacetrack.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import org.peacetrack.reporting.progress.ProgressReport;
import org.peacetrack.reporting.progress.ProgressReports;
import org.peacetrack.reporting.progress.ProgressScope;
import org.peacetrack.reporting.progress.ReportRefusal;
import org.peacetrack.reporting.repository.OnlineRepository;
import org.peacetrack.reporting.repository.ReadProgress;
import org.peacetrack.reporting.repository.RepositoryYear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The online repository and the progress reports as JSON: the same facts the pages and files print. */
@RestController
@RequestMapping("/api")
class ReportApi {

    private final ProgressReports reports;
    private final OnlineRepository repository;

    ReportApi(ProgressReports reports, OnlineRepository repository) {
        this.reports = reports;
        this.repository = repository;
    }

    @Operation(summary = "A progress report on a session's recommendations (all, or one theme's or one entity's): "
            + "current published status, age, lineage, what changed since the previous session, counts per session")
    @GetMapping("/reports/progress")
    ProgressReport progress(@RequestParam String framework, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String entity) {
        return reports.report(ProgressScope.of(framework, theme, entity), ReadProgress.NONE);
    }

    @Operation(summary = "A year's online repository of recommendations: the session's recommendations by theme, "
            + "each with its published status text and its chain across sessions")
    @GetMapping("/repository/{year}")
    RepositoryYear repository(@PathVariable int year) {
        return repository.year(year, ReadProgress.NONE).orElseThrow(() -> new ReportRefusal(
                ReportRefusal.Reason.NOT_FOUND, "repository.error.unknownYear", year));
    }
}
