package org.peacetrack.register.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.BrowserTest;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An anonymous reader pages through the default list, downloads it, and narrows it by status. */
class ListsInBrowserTest extends BrowserTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importAddendum() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
    }

    @Test
    void nextPageLinksReachAllRecommendationsOfTheSession() {
        Page page = browser.newPage();
        page.navigate(baseUrl() + "/items");
        Set<String> seen = new LinkedHashSet<>();
        Locator next = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page"));
        while (true) {
            seen.addAll(page.locator("table.items tbody td:nth-child(2) > a").allTextContents());
            if (next.count() == 0) {
                break;
            }
            next.click();
            page.waitForLoadState();
        }
        Assertions.assertThat(seen).hasSize(121).allMatch(t -> t.matches("Recommendation \\d+ of A/78/19"))
                .contains("Recommendation 22 of A/78/19", "Recommendation 180 of A/78/19");
        assertThat(page.locator(".pager")).containsText("Page 3 of 3");
    }

    @Test
    void downloadOfTheDefaultViewHasEveryRow() throws Exception {
        Page page = browser.newPage();
        page.navigate(baseUrl() + "/items");
        Download download = page.waitForDownload(() -> page.locator(".downloads").getByText("CSV").click());
        List<Map<String, String>> rows = CsvRows.of(Files.readAllBytes(download.path()));
        Assertions.assertThat(rows).hasSize(121);
        Assertions.assertThat(rows.get(0)).containsKeys("framework", "session", "number");
    }

    @Test
    void aStatusNarrowsTheListAndEachRowSaysWhatItIsAbout() {
        Page page = browser.newPage();
        page.navigate(baseUrl() + "/items");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Current status"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("No update requested")).click();
        assertThat(page.locator("table.items tbody tr")).hasCount(1);
        assertThat(page.locator("table.items tbody tr")).containsText("Recommendation 68 of A/78/19");
        assertThat(page.locator("table.items p.about")).containsText("Latest status:");
        assertThat(page.locator("table.items")).not().containsText("NO_UPDATE_REQUESTED");
    }
}
