package org.peacetrack.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peacetrack.extraction.figures.StatedFigure;
import org.peacetrack.performance.FigureService;
import org.peacetrack.performance.MeasureComparison;
import org.peacetrack.performance.SourcedFigure;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Figures stated in the documents' prose checked against the data: each measure of
 * {@code reference/indicators/figure-checks.json} is matched with an indicator and slice, and every figure
 * stated for it is shown beside the dataset's value for the same year (and cut-off date, when stated).
 */
@Service
@Transactional(readOnly = true)
public class FigureChecks {

    /** How close a stated figure must be to count as agreeing: reports round to whole numbers or one decimal. */
    static final double TOLERANCE = 0.05;

    record Check(String measure, String indicator, Map<String, String> slice, String definition) {
    }

    private final FigureService figures;
    private final Indicators indicators;
    private final List<Check> checks;

    FigureChecks(FigureService figures, Indicators indicators) {
        this.figures = figures;
        this.indicators = indicators;
        this.checks = load();
    }

    public List<FigureCheck> all() {
        List<FigureCheck> found = new ArrayList<>();
        for (Check check : checks) {
            Indicator indicator = indicators.find(check.indicator()).orElse(null);
            if (indicator == null) {
                continue;
            }
            Slice slice = Slice.of(null, check.slice());
            Map<String, Double> yearly = new java.util.HashMap<>();
            indicators.series(indicator, slice, true).forEach(p -> yearly.put(p.period(), p.value()));
            List<FigureCheck.Row> rows = new ArrayList<>();
            for (MeasureComparison comparison : figures.measure(check.measure())) {
                for (SourcedFigure f : comparison.figures()) {
                    rows.add(row(indicator, slice, yearly, f));
                }
            }
            if (!rows.isEmpty()) {
                found.add(new FigureCheck(check.measure(), indicator.code(), indicator.name(), check.definition(),
                        check.slice(), indicator.source(), rows));
            }
        }
        return found;
    }

    private FigureCheck.Row row(Indicator indicator, Slice slice, Map<String, Double> yearly, SourcedFigure f) {
        StatedFigure s = f.figure();
        Double dataset = s.year() == null ? null : yearly.get(String.valueOf(s.year()));
        Double atCutOff = null;
        LocalDate asOf = s.asOf();
        if (asOf != null && s.year() != null && asOf.getYear() == s.year()) {
            atCutOff = atCutOff(indicator, slice, asOf);
        }
        Double compared = atCutOff != null ? atCutOff : dataset;
        boolean agrees = compared != null && Math.abs(round(compared, s.value()) - s.value()) < TOLERANCE;
        return new FigureCheck.Row(s.year(), asOf == null ? null : asOf.toString(), s.value(), f.documentLabel(), f.href(),
                s.phrase(), dataset, atCutOff, agrees);
    }

    private Double atCutOff(Indicator indicator, Slice slice, LocalDate asOf) {
        if (indicator.aggregation() == Aggregation.SUM) {
            return indicators.sumUpTo(indicator, slice, asOf.getYear(), asOf.toString()).orElse(null);
        }
        String month = asOf.toString().substring(0, 7);
        return indicators.series(indicator, slice, false).stream().filter(p -> p.period().equals(month))
                .map(Point::value).findFirst().orElse(null);
    }

    /** The dataset's value rounded as the stated one is written (whole, or to its decimals). */
    private static double round(double value, double stated) {
        return stated == Math.rint(stated) ? Math.rint(value) : Math.round(value * 10) / 10.0;
    }

    private static List<Check> load() {
        try (InputStream in = new ClassPathResource("reference/indicators/figure-checks.json").getInputStream()) {
            return MappingStore.JSON.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    new TypeReference<List<Check>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
