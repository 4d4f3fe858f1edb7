package org.peacetrack.indicators.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peacetrack.indicators.FigureChecks;
import org.peacetrack.indicators.Indicator;
import org.peacetrack.indicators.Indicators;
import org.peacetrack.indicators.Point;
import org.peacetrack.indicators.Slice;
import org.peacetrack.indicators.TargetRecord;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The indicators list and each indicator's page: series with targets, breakdown, tables, progress, downloads. */
@Controller
class IndicatorPages {

    private final Indicators indicators;
    private final FigureChecks checks;

    IndicatorPages(Indicators indicators, FigureChecks checks) {
        this.indicators = indicators;
        this.checks = checks;
    }

    /** Each figure stated in the reports beside the dataset's value, with both sources and the definition used. */
    @GetMapping("/indicators/figures")
    String figures(Model model) {
        model.addAttribute("checks", checks.all());
        return "indicator-figures";
    }

    @GetMapping("/indicators")
    String list(Model model) {
        List<Indicator> all = indicators.all();
        model.addAttribute("indicators", all);
        model.addAttribute("progress", all.stream().collect(LinkedHashMap::new,
                (m, i) -> m.put(i.code(), indicators.progress(i)), Map::putAll));
        Map<String, List<Indicator>> byLink = new TreeMap<>();
        all.forEach(i -> i.links().forEach(l -> byLink.computeIfAbsent(l.kind() + "|" + l.target(), k -> new ArrayList<>())
                .add(i)));
        model.addAttribute("byLink", byLink);
        return "indicators";
    }

    @GetMapping("/indicators/{code}")
    String indicator(@PathVariable String code, @RequestParam Map<String, String> params, Model model) {
        Indicator indicator = indicators.find(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + code));
        Map<String, List<String>> dimensions = indicators.dimensions(indicator);
        SliceParams chosen = SliceParams.of(params, dimensions);
        Slice slice = chosen.slice();
        boolean monthly = "month".equals(params.get("by-period")) && indicators.hasSubYearPeriods(indicator);
        List<Point> series = indicators.series(indicator, slice, !monthly);
        List<TargetRecord> targets = indicators.targets(indicator).stream()
                .filter(t -> t.organisation().equals(slice.organisation() == null ? TargetRecord.ALL : slice.organisation())
                        && t.dimensions().equals(slice.joined()))
                .toList();
        Map<String, Double> goals = values(targets, TargetRecord.Kind.TARGET);
        Map<String, Double> baselines = values(targets, TargetRecord.Kind.BASELINE);
        model.addAttribute("indicator", indicator);
        model.addAttribute("dimensions", options(dimensions, indicators.targets(indicator)));
        model.addAttribute("organisations", indicators.organisations(indicator));
        model.addAttribute("chosen", chosen);
        model.addAttribute("monthly", monthly);
        model.addAttribute("canBeMonthly", indicators.hasSubYearPeriods(indicator));
        model.addAttribute("chart", LineChart.of(indicator.name(), series, goals, baselines, monthly));
        model.addAttribute("rows", rows(series, goals, baselines, monthly));
        model.addAttribute("targets", targets);
        model.addAttribute("allTargets", indicators.targets(indicator));
        model.addAttribute("progress", indicators.progress(indicator));
        addBreakdown(indicator, slice, params, dimensions, series, model);
        return "indicator";
    }

    private void addBreakdown(Indicator indicator, Slice slice, Map<String, String> params,
            Map<String, List<String>> dimensions, List<Point> series, Model model) {
        String by = params.getOrDefault("breakdown", "organisation");
        if (!"organisation".equals(by) && !dimensions.containsKey(by)) {
            by = "organisation";
        }
        List<String> years = series.stream().map(p -> p.period().substring(0, 4)).distinct().toList();
        String year = params.get("year");
        if (year == null || !years.contains(year)) {
            year = years.isEmpty() ? null : years.get(years.size() - 1);
        }
        model.addAttribute("breakdownBy", by);
        model.addAttribute("breakdownYear", year);
        model.addAttribute("years", years);
        Map<String, Double> values = year == null ? Map.of() : indicators.breakdown(indicator, slice, by, year);
        model.addAttribute("breakdown", BreakdownChart.of(indicator.name() + ", " + year, values));
        model.addAttribute("breakdownRows", values);
    }

    /** Each dimension's values, and the unions of values that targets are set for ("Staff Officer|Experts on Mission"). */
    private static Map<String, List<String>> options(Map<String, List<String>> dimensions, List<TargetRecord> targets) {
        Map<String, List<String>> options = new TreeMap<>();
        dimensions.forEach((d, values) -> {
            TreeSet<String> all = new TreeSet<>(values);
            targets.forEach(t -> {
                if (t.dimensions().containsKey(d)) {
                    all.add(t.dimensions().get(d));
                }
            });
            options.put(d, List.copyOf(all));
        });
        return options;
    }

    private static Map<String, Double> values(List<TargetRecord> targets, TargetRecord.Kind kind) {
        Map<String, Double> values = new TreeMap<>();
        targets.stream().filter(t -> t.kind() == kind).forEach(t -> values.put(t.period(), t.value()));
        return values;
    }

    private static List<SeriesRow> rows(List<Point> series, Map<String, Double> goals, Map<String, Double> baselines,
            boolean monthly) {
        Map<String, Double> values = new LinkedHashMap<>();
        series.forEach(p -> values.put(p.period(), p.value()));
        TreeSet<String> periods = new TreeSet<>(values.keySet());
        goals.keySet().forEach(p -> periods.add(monthly && p.length() == 4 ? p + "-12" : p));
        baselines.keySet().forEach(p -> periods.add(monthly && p.length() == 4 ? p + "-12" : p));
        List<SeriesRow> rows = new ArrayList<>();
        for (String p : periods) {
            String year = p.substring(0, 4);
            boolean yearEnd = !monthly || p.endsWith("-12");
            rows.add(new SeriesRow(p, values.get(p), yearEnd ? goals.get(year) : null, yearEnd ? baselines.get(year) : null));
        }
        return rows;
    }
}
