package org.peacetrack.indicators;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators facade: definitions, series, breakdowns, targets, progress, stored values and writes. */
@Service
@Transactional(readOnly = true)
public class Indicators {

    private final IndicatorCatalog catalog;
    private final IndicatorQueries queries;
    private final Targets targets;
    private final Combos combos;
    private final ValueStore store;
    private final JdbcTemplate jdbc;

    Indicators(IndicatorCatalog catalog, IndicatorQueries queries, Targets targets, Combos combos, ValueStore store,
            JdbcTemplate jdbc) {
        this.catalog = catalog;
        this.queries = queries;
        this.targets = targets;
        this.combos = combos;
        this.store = store;
        this.jdbc = jdbc;
    }

    public List<Indicator> all() {
        return catalog.all();
    }

    public Optional<Indicator> find(String code) {
        return catalog.find(code);
    }

    /** The values per period (yearly: rolled up by the indicator's aggregation), oldest first. */
    public List<Point> series(Indicator indicator, Slice slice, boolean yearly) {
        return queries.series(indicator, slice, yearly);
    }

    /** Whether the indicator is stored by month or finer (so a monthly series makes sense). */
    public boolean hasSubYearPeriods(Indicator indicator) {
        String finest = queries.finestPeriod(indicator);
        return finest != null && finest.length() > 4;
    }

    public Map<String, Double> breakdown(Indicator indicator, Slice slice, String by, String period) {
        return queries.breakdown(indicator, slice, by, period);
    }

    public Map<String, List<String>> dimensions(Indicator indicator) {
        return queries.dimensions(indicator);
    }

    public List<String> organisations(Indicator indicator) {
        return queries.organisations(indicator);
    }

    public List<TargetRecord> targets(Indicator indicator) {
        return targets.of(indicator);
    }

    /** Progress towards each target slice: the next target from the latest value's year (else the last one). */
    public List<Progress> progress(Indicator indicator) {
        List<TargetRecord> all = targets.of(indicator);
        Map<Map<String, String>, List<TargetRecord>> bySlice = new java.util.LinkedHashMap<>();
        all.stream().filter(t -> t.organisation().equals(TargetRecord.ALL))
                .forEach(t -> bySlice.computeIfAbsent(t.dimensions(), k -> new ArrayList<>()).add(t));
        List<Progress> found = new ArrayList<>();
        bySlice.forEach((slice, records) -> found.add(progress(indicator, null, slice, records)));
        return found;
    }

    /**
     * Progress of one organisation (a mission; null: overall) towards the overall targets of a slice. A
     * mission's baseline is its own first yearly value: the baseline records are overall figures.
     */
    public Progress progress(Indicator indicator, String organisation, Map<String, String> sliceValues) {
        List<TargetRecord> records = targets.of(indicator).stream()
                .filter(t -> t.organisation().equals(TargetRecord.ALL) && t.dimensions().equals(sliceValues))
                .filter(t -> organisation == null || t.kind() == TargetRecord.Kind.TARGET).toList();
        return progress(indicator, organisation, sliceValues, records);
    }

    private Progress progress(Indicator indicator, String organisation, Map<String, String> sliceValues,
            List<TargetRecord> records) {
        List<ProgressMethod.YearValue> years = series(indicator, Slice.of(organisation, sliceValues), true).stream()
                .filter(p -> p.value() != null)
                .map(p -> new ProgressMethod.YearValue(Integer.parseInt(p.period()), p.value())).toList();
        TargetRecord baselineRecord = records.stream().filter(t -> t.kind() == TargetRecord.Kind.BASELINE)
                .min((a, b) -> a.period().compareTo(b.period())).orElse(null);
        ProgressMethod.YearValue baseline = baselineRecord != null
                ? new ProgressMethod.YearValue(Period.parse(baselineRecord.period()).year(), baselineRecord.value())
                : years.isEmpty() ? null : years.get(0);
        String baselineSource = baselineRecord != null ? baselineRecord.sourceDocument() : "first value of the data";
        ProgressMethod.YearValue latest = years.isEmpty() ? null : years.get(years.size() - 1);
        List<TargetRecord> goals = records.stream().filter(t -> t.kind() == TargetRecord.Kind.TARGET)
                .sorted((a, b) -> a.period().compareTo(b.period())).toList();
        TargetRecord goal = goals.stream().filter(t -> latest == null || Period.parse(t.period()).year() >= latest.year())
                .findFirst().orElse(goals.isEmpty() ? null : goals.get(goals.size() - 1));
        ProgressMethod.YearValue target = goal == null ? null
                : new ProgressMethod.YearValue(Period.parse(goal.period()).year(), goal.value());
        ProgressMethod.Outcome outcome = ProgressMethod.status(baseline, years, target, indicator.higherIsBetter());
        return new Progress(indicator.code(), sliceValues, outcome.status(), baseline == null ? null : baseline.year(),
                baseline == null ? null : baseline.value(), baselineSource, latest == null ? null : latest.year(),
                latest == null ? null : latest.value(), target == null ? null : target.year(),
                target == null ? null : target.value(), goal == null ? null : goal.sourceDocument(), outcome.ratio());
    }

    /** The sum of a SUM indicator's daily values in a year up to a cut-off date (a figure stated "as at"). */
    public Optional<Double> sumUpTo(Indicator indicator, Slice slice, int year, String lastDay) {
        SliceSql sql = SliceSql.of(indicator.id(), slice);
        List<Object> args = new ArrayList<>(sql.args());
        args.add(year);
        args.add(lastDay);
        Double sum = jdbc.queryForObject("select sum(v.numeric_value) from data_value v where " + sql.where()
                + " and v.period_year = ? and v.period <= ?", Double.class, args.toArray());
        return Optional.ofNullable(sum);
    }

    /** Every stored value of the slice, with its source, for downloads (ordered by period and organisation). */
    public List<DataValueRow> values(Indicator indicator, Slice slice) {
        Map<Long, Map<String, String>> comboValues = new HashMap<>();
        jdbc.query("select cv.combo_id, d.code, dv.code from dimension_combo_value cv join dimension_value dv on dv.id = "
                + "cv.dimension_value_id join dimension d on d.id = dv.dimension_id", rs -> {
                    comboValues.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
                });
        SliceSql sql = SliceSql.of(indicator.id(), slice);
        return jdbc.query("select v.period, v.organisation, v.combo_id, v.numeric_value, v.import_id, i.file_name, "
                + "v.source_row, v.changed_by, v.changed_at from data_value v left join data_import i on i.id = v.import_id "
                + "where " + sql.where() + " order by v.period, v.organisation, v.combo_id", (rs, n) -> new DataValueRow(
                        indicator.code(), rs.getString(1), rs.getString(2), comboValues.getOrDefault(rs.getLong(3), Map.of()),
                        rs.getDouble(4), (Long) rs.getObject(5), rs.getString(6), (Integer) rs.getObject(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant()), sql.args().toArray());
    }

    /** Writes values by hand (the API): each keyed as an import's would be, recorded as changed by {@code by}. */
    @Transactional
    public ValuesWritten save(Indicator indicator, List<DataValueInput> values, String by) {
        if (indicator.isRatio()) {
            throw new DataFileRefused(indicator.code() + " is computed from " + indicator.numerator() + " and "
                    + indicator.denominator() + "; write their values instead.");
        }
        List<PlannedValue> planned = values.stream().map(v -> {
            if (v.organisation() == null || v.organisation().isBlank()) {
                throw new DataFileRefused("Each value needs an organisation (a mission's acronym, HQ or WORLD).");
            }
            Period period = parsePeriod(v.period());
            PlannedValue p = new PlannedValue(indicator.code(), period, v.organisation().strip(),
                    new TreeMap<>(v.dimensions() == null ? Map.of() : v.dimensions()), 0, 0, 0, 0);
            return p.plus(v.value());
        }).toList();
        ValuesWritten written = store.write(planned, Map.of(indicator.code(), indicator), null, by, done -> { });
        store.refreshTotals(indicator.id());
        return written;
    }

    @Transactional
    public TargetRecord saveTarget(Indicator indicator, TargetRecord target, String by) {
        parsePeriod(target.period());
        if (target.sourceDocument() == null || target.sourceDocument().isBlank()) {
            throw new DataFileRefused("A target or baseline needs the document it comes from.");
        }
        targets.save(indicator.id(), target, by);
        return target;
    }

    private static Period parsePeriod(String code) {
        try {
            return Period.parse(code);
        } catch (RuntimeException e) {
            throw new DataFileRefused(e.getMessage());
        }
    }

    /** Last write of any value, for pages that show how fresh the data is. */
    public Optional<Instant> lastChange() {
        Timestamp t = jdbc.queryForObject("select max(changed_at) from data_value", Timestamp.class);
        return Optional.ofNullable(t).map(Timestamp::toInstant);
    }

    /** Forgets cached dimension combinations (after tests empty the tables). */
    public void forgetCaches() {
        combos.forget();
    }
}
