package org.peacetrack.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 98,846 rows of uniformed personnel import in one pass, with the source's gaps and flags as warnings, and
 * women's share per category follows the uniformed gender parity strategy's targets.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UniformedPersonnelImportTest {

    @Autowired
    DataImports imports;
    @Autowired
    Indicators indicators;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UniformedParity parity;
    @Autowired
    MockMvc mvc;

    DataImportReport report;

    @BeforeAll
    void importTheFile() {
        DataFiles.wipeValues(jdbc);
        report = imports.run(DataFiles.PERSONNEL, DataFiles.bytes(DataFiles.PERSONNEL), "un-uniformed-personnel", "test",
                ImportProgress.NONE);
    }

    @Test
    void everyRowImportsAndTheSourcesQuirksAreReported() {
        assertThat(report.stored()).isTrue();
        assertThat(report.rows()).isEqualTo(98_846);
        assertThat(report.created()).isEqualTo(2 * 98_846);
        // the data README says 23 months are missing but lists 25 (4 + 18 + 3); the file has none of those 25
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("25 periods between 2015-01 and 2025-07 have no rows")
                && w.contains("2018-12") && w.contains("2022-07"));
        assertThat(report.warnings()).anyMatch(w -> w.contains("male/female split in source PDF appears corrupted"));
    }

    @Test
    void womensSharePerCategoryAndMonthIsWomenOverAllPersonnelOfTheCategory() {
        Indicator share = indicators.find("WOMEN_SHARE_UNIFORMED").orElseThrow();
        Map<String, Double> troops = new java.util.HashMap<>();
        indicators.series(share, Slice.of(null, Map.of("personnel_type", "Troops")), false)
                .forEach(p -> troops.put(p.period(), p.value()));
        // 4,296 women among 52,333 troops in December 2024, counted from the file independently
        assertThat(troops.get("2024-12")).isCloseTo(100.0 * 4296 / 52333, within(1e-9));
        Double both = indicators.series(share, Slice.of(null, Map.of("personnel_type", "Staff Officer|Experts on Mission")),
                false).stream().filter(p -> p.period().equals("2025-07")).findFirst().orElseThrow().value();
        assertThat(both).isCloseTo(100.0 * 635 / 2679, within(1e-9));
    }

    @Test
    void formedPoliceUnitsAreOnTrackForTheStrategysTarget() {
        Indicator share = indicators.find("WOMEN_SHARE_UNIFORMED").orElseThrow();
        Progress fpu = indicators.progress(share).stream()
                .filter(p -> "Formed Police Units".equals(p.slice().get("personnel_type"))).findFirst().orElseThrow();
        // baseline 9 % in 2018, 779 of 4,312 (18.1 %) in July 2025, target 20 % in 2028: growing faster than needed
        assertThat(fpu.baselineYear()).isEqualTo(2018);
        assertThat(fpu.latestYear()).isEqualTo(2025);
        assertThat(fpu.latest()).isCloseTo(100.0 * 779 / 4312, within(1e-9));
        assertThat(fpu.targetYear()).isEqualTo(2028);
        assertThat(fpu.status()).isEqualTo(ProgressStatus.ON_TRACK);
    }

    @Test
    void everyYearOfTheStrategyShowsItsStatedTargetWithItsSourceOrSaysNoneIsStated() {
        List<ParityCategory> overall = parity.categories(null);
        assertThat(overall).extracting(ParityCategory::personnelType).containsExactly("Troops",
                "Formed Police Units", "Staff Officer|Experts on Mission", "Individual Police");
        ParityCategory troops = overall.get(0);
        assertThat(troops.years()).extracting(ParityCategory.Year::year).containsExactly(2018, 2019, 2020, 2021, 2022,
                2023, 2024, 2025, 2026, 2027, 2028);
        ParityCategory.Year y2021 = troops.years().get(3);
        assertThat(y2021.target()).isEqualTo(8.0);
        assertThat(y2021.targetSource()).contains("2021");
        // the last month of 2021 in the data: women's share of troops well under the 8 % target
        assertThat(y2021.share()).isBetween(4.0, 8.0);
        assertThat(y2021.meetsTarget()).isFalse();
        // only the 2021 and 2028 targets are stated for troops: every other year says so, with no value made up
        assertThat(troops.targetNotStated()).containsExactly(2018, 2019, 2020, 2022, 2023, 2024, 2025, 2026, 2027);
        assertThat(troops.years()).filteredOn(y -> troops.targetNotStated().contains(y.year()))
                .allMatch(y -> y.target() == null && y.meetsTarget() == null);
        assertThat(troops.years().get(5).statements()).singleElement()
                .satisfies(s -> assertThat(s.outcome()).isEqualTo(ParityStatement.Outcome.NOT_MET));
        assertThat(overall.get(3).years().get(5).statements()).singleElement()
                .satisfies(s -> assertThat(s.outcome()).isEqualTo(ParityStatement.Outcome.MET));
        // the status is computed towards 2028 from the data's latest year
        assertThat(troops.progress().targetYear()).isEqualTo(2028);
        assertThat(troops.progress().latestYear()).isEqualTo(2025);
    }

    @Test
    void eachMissionsShareShowsAgainstTheOverallTargetsWithItsOwnStatus() {
        Map<String, Map<String, Double>> missions = parity.byMission(2024);
        assertThat(missions).containsKeys("MINUSCA", "UNMISS", "UNIFIL");
        assertThat(missions.get("UNIFIL").get("Troops")).isBetween(0.0, 100.0);
        ParityCategory unmissTroops = parity.categories("UNMISS").get(0);
        assertThat(unmissTroops.organisation()).isEqualTo("UNMISS");
        assertThat(unmissTroops.progress().baselineSource()).isEqualTo("first value of the data");
        assertThat(unmissTroops.progress().status()).isNotEqualTo(ProgressStatus.INSUFFICIENT_DATA);
        assertThat(unmissTroops.years().get(6).share()).isEqualTo(missions.get("UNMISS").get("Troops"));
    }

    @Test
    void theParityPageShowsTheTargetsTheirSourcesTheGapsAndTheMissions() throws Exception {
        String html = mvc.perform(get("/indicators/parity?year=2024")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Formed Police Units", "not stated in a source Peacetrack holds",
                "No source Peacetrack holds states this category&#39;s target for 2018, 2019, 2020, 2022",
                "Not met, by the published account", "paragraphs 168 and 178", "Missions in 2024", "MINUSCA");
        String unmiss = mvc.perform(get("/indicators/parity?org=UNMISS")).andReturn().getResponse().getContentAsString();
        assertThat(unmiss).contains("in UNMISS against the parity strategy");
    }

    /** Each published statement says what Peacetrack records of it, at the place it cites (read in ../shared). */
    @Test
    void theStatementsOfMetAndMissedTargetsSayWhatTheirSourcesSay() throws IOException {
        String addendum = Files.readString(Path.of("..", "shared", "seeds", "001_ad453c7417d56308.txt"));
        String report2020 = Files.readString(Path.of("..", "shared", "seeds", "000_d9792c82609c0184.txt"));
        String entry178 = addendum.substring(addendum.indexOf("\n178 "), addendum.indexOf("\n179"));
        assertThat(entry178).contains("met the 2023 targets of the uniformed gender parity strategy",
                "for all personnel categories except military contingents");
        String paragraph37 = report2020.substring(report2020.indexOf("\n37. "), report2020.indexOf("\n38. "));
        assertThat(paragraph37).contains("most targets for 2020", "formed contingents", "figures I-III");
        // figures I-III are charts: the text holds no target value, so none is recorded for 2020
        assertThat(report2020.substring(report2020.indexOf("Figure I "), report2020.indexOf("\n38. ")))
                .doesNotContainPattern("\\d+(\\.\\d+)? ?(per cent|%)");
        assertThat(parity.statements()).filteredOn(s -> s.year() == 2023).hasSize(4)
                .allMatch(s -> s.location().contains("178"))
                .allMatch(s -> s.outcome() == (s.personnelType().equals("Troops") ? ParityStatement.Outcome.NOT_MET
                        : ParityStatement.Outcome.MET));
        assertThat(parity.statements()).filteredOn(s -> s.year() == 2020).singleElement()
                .satisfies(s -> assertThat(s.location()).contains("paragraph 37"));
    }
}
