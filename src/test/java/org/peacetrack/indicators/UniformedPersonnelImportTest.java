package org.peacetrack.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 98,846 rows of uniformed personnel import in one pass, with the source's gaps and flags as warnings, and
 * women's share per category follows the uniformed gender parity strategy's targets.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UniformedPersonnelImportTest {

    @Autowired
    DataImports imports;
    @Autowired
    Indicators indicators;
    @Autowired
    JdbcTemplate jdbc;

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
}
