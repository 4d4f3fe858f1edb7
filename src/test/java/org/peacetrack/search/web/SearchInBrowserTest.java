package org.peacetrack.search.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.search.IndexMaintenance;
import org.peacetrack.search.SearchFixture;
import org.peacetrack.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SearchInBrowserTest extends BrowserTest {

    @Autowired
    IndexMaintenance index;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importAddendum() throws InterruptedException {
        SearchFixture.onlyTheAddendum(jdbc, index, ingestion);
    }

    @Test
    void resultsFollowTheTypingAndAFacetNarrowsThemWithoutReloadingThePage() {
        Page page = browser.newPage();
        page.navigate(baseUrl() + "/");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        page.waitForFunction("() => window.htmx !== undefined");
        page.evaluate("() => window.stillTheSamePage = true");

        page.getByLabel("Search recommendations, status updates and document paragraphs").pressSequentially("MONUSCO");

        assertThat(page.locator("#results mark").first()).hasText(Pattern.compile("MONUSCO"));
        assertThat(page.locator("#result-count")).hasText(Pattern.compile("\\d+ results"));
        long typed = count(page);
        String typedCount = page.locator("#result-count").innerText();
        assertThat(page).hasURL(Pattern.compile("q=MONUSCO"));

        page.locator("#facet-status").getByLabel(Pattern.compile("Implementation ongoing")).check();

        assertThat(page).hasURL(Pattern.compile("status=ONGOING"));
        assertThat(page.locator("#facet-status input:checked")).hasCount(1);
        assertThat(page.locator("#result-count")).not().hasText(typedCount);
        long narrowed = count(page);
        assertThat(narrowed).isPositive().isLessThan(typed);
        assertThat((Boolean) page.evaluate("() => window.stillTheSamePage === true")).isTrue();
    }

    private static long count(Page page) {
        return Long.parseLong(page.locator("#result-count").innerText().replaceAll("\\D", ""));
    }
}
