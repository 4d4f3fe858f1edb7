package org.peacetrack.extraction.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peacetrack.extraction.NumberedText;
import org.peacetrack.extraction.SeedParagraphs;
import org.peacetrack.testing.Seeds;

class FigureFinderSeedsTest {

    private static final String MALICIOUS_ACTS = "fatalities.uniformed.malicious-acts";
    private final FigureFinder finder = new FigureFinder();

    @Test
    void fatalitiesFromMaliciousActsAreFoundWithTheirYears() {
        List<StatedFigure> fatalities = measure(Seeds.REPORT_2020, MALICIOUS_ACTS);
        assertThat(fatalities).extracting(StatedFigure::year, StatedFigure::value, StatedFigure::unit,
                StatedFigure::paragraph).containsExactly(
                        tuple(2017, 58.0, "count", "56"), tuple(2018, 27.0, "count", "56"),
                        tuple(2019, 23.0, "count", "56"), tuple(2020, 9.0, "count", "56"));
        assertThat(fatalities.get(0).phrase()).isEqualTo("58 in 2017");
        assertThat(fatalities.get(0).subject()).contains("uniformed peacekeepers").contains("malicious acts");
    }

    @Test
    void hostileActsInThePrioritiesAreTheSameMeasure() {
        assertThat(measure(Seeds.PRIORITIES, MALICIOUS_ACTS))
                .extracting(StatedFigure::year, StatedFigure::value, StatedFigure::phrase)
                .containsExactly(tuple(2017, 59.0, "59 in 2017"), tuple(2020, 13.0, "13 in 2020"));
    }

    @Test
    void sameMeasureFromTwoDocumentsDisagreesFor2017And2020() {
        List<StatedFigure> both = new ArrayList<>(figures(Seeds.REPORT_2020));
        both.addAll(figures(Seeds.PRIORITIES));
        Map<Integer, List<Double>> disagreeing = finder.disagreements(both).stream()
                .filter(d -> d.measure().equals(MALICIOUS_ACTS))
                .collect(Collectors.toMap(FigureDisagreement::year,
                        d -> d.figures().stream().map(StatedFigure::value).toList()));
        assertThat(disagreeing).containsOnlyKeys(2017, 2020);
        assertThat(disagreeing.get(2017)).containsExactlyInAnyOrder(58.0, 59.0);
        assertThat(disagreeing.get(2020)).containsExactlyInAnyOrder(9.0, 13.0);
    }

    @Test
    void cutOffDateIsKeptAsAsOf() {
        assertThat(measure(Seeds.REPORT_2020, MALICIOUS_ACTS)).filteredOn(f -> f.year() == 2020).singleElement()
                .satisfies(f -> {
                    assertThat(f.asOf()).isEqualTo(LocalDate.of(2020, 10, 28));
                    assertThat(f.phrase()).isEqualTo("9 as at 28 October 2020");
                });
        assertThat(measure(Seeds.ADDENDUM_2024, "cpas.data-points")).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(80_000.0);
            assertThat(f.phrase()).isEqualTo("over 80,000 data points");
            assertThat(f.asOf()).isEqualTo(LocalDate.of(2024, 8, 13));
            assertThat(f.year()).isEqualTo(2024);
            assertThat(f.paragraph()).isEqualTo("94");
        });
    }

    @Test
    void womensShareOfCivilianPersonnelIsAPercentage() {
        assertThat(figures(Seeds.ADDENDUM_2024)).filteredOn(f -> f.phrase().startsWith("33 per cent"))
                .singleElement().satisfies(f -> {
                    assertThat(f.value()).isEqualTo(33.0);
                    assertThat(f.unit()).isEqualTo("percent");
                    assertThat(f.measure()).isEqualTo("women.share.civilian-personnel");
                    assertThat(f.paragraph()).isEqualTo("168");
                });
    }

    @Test
    void initiativesStateVisitsAndAssessedContingents() {
        List<StatedFigure> figures = figures(Seeds.INITIATIVES);
        assertThat(figures).filteredOn(f -> f.measure().equals("visits.assessment-and-advisory"))
                .extracting(StatedFigure::value, StatedFigure::year, StatedFigure::paragraph)
                .containsExactly(tuple(100.0, null, "1"), tuple(25.0, 2018, "1"));
        assertThat(figures).filteredOn(f -> f.measure().equals("evaluations.military-contingents"))
                .extracting(StatedFigure::value, StatedFigure::phrase)
                .containsExactly(tuple(68.0, "68 military contingents"));
    }

    @Test
    void everyPhraseIsExactSourceTextOfItsParagraph() {
        for (String seed : List.of(Seeds.REPORT_2020, Seeds.ADDENDUM_2024, Seeds.INITIATIVES, Seeds.REPORT_2017,
                Seeds.PRIORITIES)) {
            List<NumberedText> paragraphs = SeedParagraphs.of(seed);
            List<StatedFigure> figures = finder.find(paragraphs);
            assertThat(figures).as(seed).isNotEmpty().allSatisfy(f -> assertThat(paragraphs)
                    .anySatisfy(p -> {
                        assertThat(p.paragraph()).isEqualTo(f.paragraph());
                        assertThat(p.text()).contains(f.phrase());
                    }));
        }
    }

    @Test
    void yearsAreNeverTakenAsValuesInAnySeed() {
        for (String seed : List.of(Seeds.REPORT_2020, Seeds.ADDENDUM_2024, Seeds.INITIATIVES, Seeds.REPORT_2017,
                Seeds.PRIORITIES)) {
            assertThat(figures(seed)).as(seed)
                    .noneMatch(f -> f.value() >= 1900 && f.value() <= 2099 && !f.phrase().contains(","));
        }
    }

    @Test
    void everyStatedPercentageHasUnitPercent() {
        for (String seed : List.of(Seeds.REPORT_2020, Seeds.ADDENDUM_2024, Seeds.INITIATIVES, Seeds.PRIORITIES)) {
            assertThat(figures(seed)).as(seed)
                    .filteredOn(f -> f.phrase().contains("per cent") || f.phrase().contains("%")).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.unit()).isEqualTo("percent"));
        }
    }

    private List<StatedFigure> figures(String seed) {
        return finder.find(SeedParagraphs.of(seed));
    }

    private List<StatedFigure> measure(String seed, String measure) {
        return figures(seed).stream().filter(f -> f.measure().equals(measure)).toList();
    }
}
