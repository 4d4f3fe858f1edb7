package org.peacetrack.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The indicator migrations, imports (batches, totals rebuilt), series and progress on PostgreSQL. */
@RequiresPostgres
@SpringBootTest
class IndicatorsOnPostgresTest {

    @Autowired
    DataImports imports;
    @Autowired
    Indicators indicators;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Test
    void fatalitiesImportOnceAndReadAsOnH2() {
        DataFiles.wipeValues(jdbc);
        indicators.forgetCaches();
        DataImportReport first = imports.run(DataFiles.FATALITIES, DataFiles.bytes(DataFiles.FATALITIES), "un-fatalities",
                "test", ImportProgress.NONE);
        assertThat(first.stored()).isTrue();
        Indicator fatalities = indicators.find("FATALITIES").orElseThrow();
        Map<String, Double> years = new java.util.HashMap<>();
        indicators.series(fatalities, Slice.of(null, Map.of("personnel_type", "Military|Police", "incident_type",
                "Malicious Act")), true).forEach(p -> years.put(p.period(), p.value()));
        // the data README's counts of Military and Police deaths from malicious acts
        assertThat(years).containsEntry("2017", 59.0).containsEntry("2018", 26.0).containsEntry("2019", 23.0)
                .containsEntry("2020", 12.0);
        assertThat(indicators.breakdown(fatalities, Slice.ALL, "incident_type", "2017")).containsKey("Malicious Act");
        assertThat(imports.run(DataFiles.FATALITIES, DataFiles.bytes(DataFiles.FATALITIES), "un-fatalities", "test",
                ImportProgress.NONE).alreadyImported()).isTrue();
    }
}
