package org.peacetrack.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.peacetrack.indicators.DataFileRefused;
import org.peacetrack.indicators.DataValueInput;
import org.peacetrack.indicators.DataValueRow;
import org.peacetrack.indicators.FigureCheck;
import org.peacetrack.indicators.FigureChecks;
import org.peacetrack.indicators.Indicator;
import org.peacetrack.indicators.Indicators;
import org.peacetrack.indicators.Point;
import org.peacetrack.indicators.Progress;
import org.peacetrack.indicators.TargetRecord;
import org.peacetrack.indicators.ValuesWritten;
import org.peacetrack.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Indicators over HTTP: reads for everyone, writes of values and targets for editors and administrators. */
@RestController
class IndicatorApi {

    private final Indicators indicators;
    private final FigureChecks checks;
    private final CurrentActor current;

    IndicatorApi(Indicators indicators, FigureChecks checks, CurrentActor current) {
        this.indicators = indicators;
        this.checks = checks;
        this.current = current;
    }

    @Operation(summary = "Every indicator with its definition, unit, aggregation, source and links")
    @GetMapping("/api/indicators")
    List<Indicator> list() {
        return indicators.all();
    }

    @Operation(summary = "One indicator")
    @GetMapping("/api/indicators/{code}")
    Indicator get(@PathVariable String code) {
        return indicator(code);
    }

    @Operation(summary = "An indicator's values per year (or per month with period=month), for all data or a slice "
            + "(org and one parameter per dimension)")
    @GetMapping("/api/indicators/{code}/series")
    List<Point> series(@PathVariable String code, @RequestParam Map<String, String> params) {
        Indicator indicator = indicator(code);
        return indicators.series(indicator, SliceParams.of(params, indicators.dimensions(indicator)).slice(),
                !"month".equals(params.get("period")));
    }

    @Operation(summary = "An indicator's stored data values with their import, row and author (org and dimension "
            + "parameters narrow them)")
    @GetMapping("/api/indicators/{code}/values")
    List<DataValueRow> values(@PathVariable String code, @RequestParam Map<String, String> params) {
        Indicator indicator = indicator(code);
        return indicators.values(indicator, SliceParams.of(params, indicators.dimensions(indicator)).slice());
    }

    @Operation(summary = "Write data values of an indicator (editor or administrator): created, updated or unchanged")
    @PostMapping("/api/indicators/{code}/values")
    ValuesWritten write(@PathVariable String code, @RequestBody List<DataValueInput> values) {
        return indicators.save(indicator(code), values, current.require().username());
    }

    @Operation(summary = "An indicator's targets and baselines with their source documents")
    @GetMapping("/api/indicators/{code}/targets")
    List<TargetRecord> targets(@PathVariable String code) {
        return indicators.targets(indicator(code));
    }

    @Operation(summary = "Set a target or baseline of an indicator (editor or administrator)")
    @PostMapping("/api/indicators/{code}/targets")
    TargetRecord setTarget(@PathVariable String code, @RequestBody TargetRecord target) {
        Indicator indicator = indicator(code);
        return indicators.saveTarget(indicator, new TargetRecord(indicator.code(), target.kind(), target.period(),
                target.organisation(), target.dimensions(), target.value(), target.sourceDocument()),
                current.require().username());
    }

    @Operation(summary = "Progress towards each target of an indicator (Open SDG's statuses)")
    @GetMapping("/api/indicators/{code}/progress")
    List<Progress> progress(@PathVariable String code) {
        return indicators.progress(indicator(code));
    }

    @Operation(summary = "Figures stated in the reports beside the datasets' values, with the definitions used")
    @GetMapping("/api/indicators/figures")
    List<FigureCheck> figures() {
        return checks.all();
    }

    private Indicator indicator(String code) {
        return indicators.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No indicator " + code));
    }

    @ExceptionHandler(DataFileRefused.class)
    ProblemDetail refused(DataFileRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Not stored");
        return problem;
    }
}
