package org.peacetrack.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every real dataset imports as published through its saved mapping, its quirks reported as warnings. */
@SpringBootTest
class RealDatasetsImportTest {

    @Autowired
    DataImports imports;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        DataFiles.wipeValues(jdbc);
    }

    private DataImportReport run(String file, String mapping) {
        DataImportReport report = imports.run(file, DataFiles.bytes(file), mapping, "test", ImportProgress.NONE);
        assertThat(report.problems()).as(file).isEmpty();
        assertThat(report.stored()).as(file).isTrue();
        return report;
    }

    @Test
    void fatalitiesImportAsCountsPerYearMissionAndTypeWithTheTrailingSpaceReported() {
        DataImportReport report = run(DataFiles.FATALITIES, "un-fatalities");
        assertThat(report.rows()).isEqualTo(4429);
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("spaces around 'Local' in casualty_personnel_type trimmed"));
        Double total = jdbc.queryForObject("select sum(numeric_value) from data_value v join indicator i on i.id = "
                + "v.indicator_id where i.code = 'FATALITIES'", Double.class);
        assertThat(total).isEqualTo(4429.0);
    }

    @Test
    void theSameFileASecondTimeChangesNothing() {
        run(DataFiles.OWID, "owid-world-annual");
        DataImportReport again = imports.run(DataFiles.OWID, DataFiles.bytes(DataFiles.OWID), "owid-world-annual", "test",
                ImportProgress.NONE);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.created() + again.updated()).isZero();
    }

    @Test
    void allegationsReadTheSameFromTheWorkbookAndFromTheCsv() {
        DataImportReport xlsx = run(DataFiles.SEA_XLSX, "un-sea-allegations");
        assertThat(xlsx.rows()).isEqualTo(753);
        assertThat(xlsx.created()).isPositive();
        DataImportReport csv = run(DataFiles.SEA_CSV, "un-sea-allegations");
        assertThat(csv.created()).isZero();
        assertThat(csv.updated()).isZero();
        assertThat(csv.warnings()).anyMatch(w -> w.contains("SEA_INVESTIGATION_DAYS: rows without a number"));
    }

    @Test
    void theOtherDatasetsImportWithTheirQuirksReported() {
        assertThat(run(DataFiles.SHORTFALL, "personnel-shortfall").rows()).isEqualTo(4833);
        assertThat(run(DataFiles.IPI, "ipi-mission-totals").warnings()).anyMatch(w -> w.contains("IPI_PERSONNEL: rows without a number"));
        assertThat(run(DataFiles.MISSIONS, "un-pko-missions").rows()).isEqualTo(81);
        assertThat(run(DataFiles.EXPENSES, "un-mission-expenses").rows()).isEqualTo(180);
    }
}
