package org.peacetrack.indicators;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.BrowserTest;
import org.peacetrack.testing.Wcag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An editor imports a dataset through its saved mapping (the import pages checked by axe-core for WCAG 2.1 AA); a
 * reader sees its indicator's chart and the table behind it.
 */
class ImportDataAndIndicatorInBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataImports imports;

    @BeforeEach
    void noValues() {
        DataFiles.wipeValues(jdbc);
    }

    @Test
    void anEditorPreviewsAFileThroughAMappingImportsItAndReadsTheReport() {
        Page page = browser.signedIn(baseUrl(), "editor", "peacetrack-demo");
        page.navigate(baseUrl() + "/data/mappings");
        Wcag.assertNoViolations(page, "/data/mappings");
        page.navigate(baseUrl() + "/data/import");
        Wcag.assertNoViolations(page, "/data/import");
        page.getByLabel("Column mapping").selectOption("un-sea-allegations");
        page.getByLabel("File (CSV or XLSX)").setInputFiles(DataFiles.DIR.resolve(DataFiles.SEA_XLSX));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
        assertThat(page.locator("h1")).containsText("Preview of " + DataFiles.SEA_XLSX);
        assertThat(page.locator("table.preview tbody tr")).hasCount(10);
        assertThat(page.locator("table.preview tbody tr").first().locator("td").first()).hasText("2024-07");
        assertThat(page.locator("ul.warnings")).containsText("SEA_INVESTIGATION_DAYS: rows without a number");
        Wcag.assertNoViolations(page, "the preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page.locator("p.outcome")).containsText("753 rows read", new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        Wcag.assertNoViolations(page, "the import's report");
        // the job is a row of the database: its report is what the page showed
        Assertions.assertThat(jdbc.queryForObject("select state from data_import_job order by id desc fetch first 1 rows only",
                String.class)).isEqualTo("DONE");

        page.navigate(baseUrl() + "/data/import");
        page.getByLabel("Column mapping").selectOption("un-sea-allegations");
        page.getByLabel("File (CSV or XLSX)").setInputFiles(DataFiles.DIR.resolve(DataFiles.SEA_XLSX));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page.locator("p.outcome")).containsText("imported before");
    }

    @Test
    void anIndicatorPageShowsItsChartWithTheTableBehindItWithoutJavaScriptAndInPrint() {
        imports.run(DataFiles.OWID, DataFiles.bytes(DataFiles.OWID), "owid-world-annual", "test", ImportProgress.NONE);
        Page page = browser.newPageWithoutJavaScript();
        page.navigate(baseUrl() + "/indicators/WORLD_FORCE_TOTAL");
        Locator series = page.locator("#series");
        assertThat(series.locator("svg[role=img] path.values")).isVisible();
        Assertions.assertThat(series.locator("path.values").getAttribute("d")).startsWith("M");
        Locator row1993 = series.locator("table.chart-data tbody tr", new Locator.LocatorOptions().setHasText("1993"));
        Assertions.assertThat(row1993.locator("td").first().textContent()).matches("\\d{2},\\d{3}");
        assertThat(page.locator("#breakdown svg rect")).hasCount(1);
        assertThat(page.locator("#breakdown table.chart-data tbody tr th")).hasText("World");

        page.navigate(baseUrl() + "/indicators/WORLD_FORCE");
        page.getByLabel("By", new Page.GetByLabelOptions().setExact(true)).selectOption("personnel_category");
        page.locator("#breakdown").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("#breakdown table.chart-data tbody tr")).hasCount(3);
        for (String category : new String[] {"Troops", "Military observers and staff officers", "Civilian police"}) {
            assertThat(page.locator("#breakdown table.chart-data tbody")).containsText(category);
        }

        Page print = browser.newPage();
        print.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        print.navigate(baseUrl() + "/indicators/WORLD_FORCE");
        assertThat(print.locator("#series svg")).isVisible();
        assertThat(print.locator("#series table.chart-data")).isVisible();
    }
}
