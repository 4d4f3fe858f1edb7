package org.peacetrack.indicators;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Women's share of each uniformed category against the uniformed gender parity strategy 2018-2028 (issue 16,
 * ADR 0058), overall and per mission: the targets that a published source states (targets.csv, each with its
 * document), the statements of whether a year's target was met (parity-statements.csv), and for every other
 * year of the strategy the plain fact that no source Peacetrack holds states its target. Nothing is
 * interpolated: a year without a stated target has none.
 */
@Service
@Transactional(readOnly = true)
public class UniformedParity {

    public static final String INDICATOR = "WOMEN_SHARE_UNIFORMED";
    public static final String DIMENSION = "personnel_type";
    public static final int FIRST_YEAR = 2018;
    public static final int LAST_YEAR = 2028;

    private final Indicators indicators;
    private final List<ParityStatement> statements;

    UniformedParity(Indicators indicators) {
        this.indicators = indicators;
        this.statements = statements(read("reference/indicators/parity-statements.csv"));
    }

    /** The uniformed categories the strategy sets targets for, by their last target's value (troops first). */
    public List<String> categories() {
        return indicator().map(i -> indicators.targets(i).stream()
                .filter(t -> t.kind() == TargetRecord.Kind.TARGET && t.dimensions().containsKey(DIMENSION))
                .sorted(java.util.Comparator.comparing(TargetRecord::period).reversed()
                        .thenComparing(TargetRecord::value))
                .map(t -> t.dimensions().get(DIMENSION)).distinct().toList()).orElse(List.of());
    }

    /** Each category year by year, overall (organisation null) or in one mission. */
    public List<ParityCategory> categories(String organisation) {
        Indicator indicator = indicator().orElseThrow();
        List<TargetRecord> targets = indicators.targets(indicator);
        List<ParityCategory> found = new ArrayList<>();
        for (String category : categories()) {
            Map<String, String> slice = Map.of(DIMENSION, category);
            Map<Integer, Double> shares = new HashMap<>();
            indicators.series(indicator, Slice.of(organisation, slice), true).stream().filter(p -> p.value() != null)
                    .forEach(p -> shares.put(Integer.parseInt(p.period()), p.value()));
            Map<Integer, TargetRecord> goals = new HashMap<>();
            targets.stream().filter(t -> t.kind() == TargetRecord.Kind.TARGET && t.organisation().equals(TargetRecord.ALL)
                    && t.dimensions().equals(slice)).forEach(t -> goals.put(Period.parse(t.period()).year(), t));
            List<ParityCategory.Year> years = new ArrayList<>();
            List<Integer> notStated = new ArrayList<>();
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                TargetRecord goal = goals.get(y);
                if (goal == null) {
                    notStated.add(y);
                }
                int year = y;
                years.add(new ParityCategory.Year(y, shares.get(y), goal == null ? null : goal.value(),
                        goal == null ? null : goal.sourceDocument(), organisation != null ? List.of()
                                : statements.stream().filter(s -> s.year() == year && s.personnelType().equals(category))
                                        .toList()));
            }
            found.add(new ParityCategory(category, organisation, years,
                    indicators.progress(indicator, organisation, slice), notStated));
        }
        return found;
    }

    /** Each mission's share per category in a year, missions in name order (categories without data left out). */
    public Map<String, Map<String, Double>> byMission(int year) {
        Indicator indicator = indicator().orElseThrow();
        Map<String, Map<String, Double>> missions = new TreeMap<>();
        for (String category : categories()) {
            indicators.breakdown(indicator, Slice.of(null, Map.of(DIMENSION, category)), "organisation",
                    String.valueOf(year)).forEach((mission, share) -> {
                        if (share != null) {
                            missions.computeIfAbsent(mission, m -> new LinkedHashMap<>()).put(category, share);
                        }
                    });
        }
        return missions;
    }

    /** The published statements of whether a year's target was met. */
    public List<ParityStatement> statements() {
        return statements;
    }

    private java.util.Optional<Indicator> indicator() {
        return indicators.find(INDICATOR);
    }

    static List<ParityStatement> statements(String csv) {
        Table table = CsvFiles.read(csv.getBytes(StandardCharsets.UTF_8));
        return table.rows().stream().filter(r -> r.size() >= 5).map(r -> new ParityStatement(Integer.parseInt(r.get(0)),
                r.get(1), ParityStatement.Outcome.valueOf(r.get(2)), r.get(3), r.get(4))).toList();
    }

    private static String read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
