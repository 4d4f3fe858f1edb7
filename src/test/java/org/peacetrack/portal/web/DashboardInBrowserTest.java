package org.peacetrack.portal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.BrowserTest;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The home page's dashboard as a reader sees it, on screen, without JavaScript and in print. */
class DashboardInBrowserTest extends BrowserTest {

    private static final Actor EDITOR = new Actor("editor", "Editor", Role.EDITOR, null);

    @Autowired
    IngestionService ingestion;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importSessions() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        ingestion.ingest(C34Fixtures.REPORT_2023, C34Fixtures.bytes(C34Fixtures.REPORT_2023), null);
    }

    @Test
    void chartsEachHaveATableOfTheSameNumbersAndWorkWithoutJavaScript() {
        Page page = browser.newPage();
        page.navigate(baseUrl() + "/");
        Locator charts = page.locator("figure.chart");
        assertThat(charts).hasCount(3);
        for (int i = 0; i < 3; i++) {
            Locator chart = charts.nth(i);
            assertThat(chart.locator("svg[role=img]")).isVisible();
            Assertions.assertThat(chart.locator("svg").getAttribute("aria-label")).isNotBlank();
            Assertions.assertThat(chart.locator("svg rect").count()).isPositive();
            assertThat(chart.locator("table.chart-data caption")).isVisible();
        }
        Locator bySession = page.locator("#by-session");
        String total = bySession.locator("tbody tr", new Locator.LocatorOptions().setHasText("2024 (A/78/19)"))
                .locator("td").last().textContent();
        Assertions.assertThat(total).isEqualTo("121");
        Assertions.assertThat(bySession.locator("svg text.bar-total").allTextContents()).contains("121");
        assertThat(page.locator("table.oldest tbody tr").first()).containsText("A/78/19");
        assertThat(page.getByText("Reporting cycle in progress")).hasCount(0);

        Page noScript = browser.newPageWithoutJavaScript();
        noScript.navigate(baseUrl() + "/");
        assertThat(noScript.locator("figure.chart svg rect").first()).isVisible();
    }

    @Test
    void signedInReadersSeeTheCycleProgressPerEntity() {
        long cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(cycle, List.of(38, 39, 112), "DPO", EDITOR);
        Page page = browser.signedIn(baseUrl(), "delegate", "peacetrack-demo");
        page.navigate(baseUrl() + "/");
        assertThat(page.locator("#cycle-progress svg[role=img]")).isVisible();
        assertThat(page.locator("#cycle-progress tbody tr")).containsText("DPO");
        assertThat(page.locator("#cycle-progress tbody tr td").first()).hasText("3");
    }

    @Test
    void theDashboardPrintsWithItsChartsAndWithoutTheNavigation() {
        Page page = browser.newPage();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.navigate(baseUrl() + "/");
        assertThat(page.locator("header.site nav")).not().isVisible();
        assertThat(page.locator("#by-session svg")).isVisible();
        assertThat(page.locator("#by-session table.chart-data")).isVisible();
        Assertions.assertThat(page.pdf()).isNotEmpty();
    }
}
