package org.peacetrack.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/** The real datasets in ../shared/data (read there, never copied into the project) and an empty value store. */
final class DataFiles {

    static final Path DIR = Path.of("..", "shared", "data");
    static final String FATALITIES = "un-peacekeeping-fatalities.csv";
    static final String PERSONNEL = "un_dpo_uniformed_personnel_by_mission_country_type_gender_monthly_2015-01_2025-07.csv";
    static final String SEA_XLSX = "un_conduct_sea_allegations_2015-01_2024-07.xlsx";
    static final String SEA_CSV = "un_conduct_sea_allegations_2015-01_2024-07.csv";
    static final String SHORTFALL = "personnel_authorized_vs_deployed_shortfall_mission_month.csv";
    static final String IPI = "ipi_mission_month_totals_1990-11_2017-03.csv";
    static final String OWID = "owid_un_peacekeeping_world_annual_1947_2021.csv";
    static final String MISSIONS = "un_dppadposs_pko_missions.csv";
    static final String EXPENSES = "un_peacekeeping_mission_expenses_2019_2023_subset.csv";

    private DataFiles() {
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void wipeValues(JdbcTemplate jdbc) {
        for (String table : new String[] {"data_import_job", "data_value_total", "data_value_dimension_total", "data_value",
                "data_import"}) {
            jdbc.update("delete from " + table);
        }
    }
}
