package org.peacetrack.portal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.BrowserTest;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ImportAndBrowseInBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        Database.wipe(jdbc);
    }

    @Test
    void visitorImportsTheAddendumThenFollowsAnEntryToItsSourceParagraph() {
        Page page = browser.signedIn(baseUrl(), "editor", "peacetrack-demo");
        page.navigate(baseUrl() + "/import");
        Assertions.assertThat(page.evaluate("typeof htmx")).as("htmx loaded").isEqualTo("object");
        page.getByLabel("Document file").setInputFiles(Seeds.path(Seeds.ADDENDUM_2024));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();

        // An import takes well under a second alone, and over ten on a machine shared by many builds.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import report")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("table.report")).containsText("121");

        page.getByText("Browse the recommendations").click();
        assertThat(page.getByText("All (121)")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Politics").setExact(true)).click();
        page.getByText("Recommendation 117 of A/78/19").click();

        assertThat(page.locator("h1")).hasText("Recommendation 117 of A/78/19");
        assertThat(page.locator("main")).containsText("Implementation ongoing");
        assertThat(page.locator("main")).containsText("recommendation 139 of 2023");
        page.getByText("A/79/553/Add.1, paragraph 117").click();
        assertThat(page.locator("#p117")).containsText("Action for Peacekeeping Plus");
    }

    @Test
    void aFileThatIsNoDocumentIsRefusedOnThePageWithTheReason() throws Exception {
        Path notes = Files.createTempFile("notes", ".txt");
        Files.writeString(notes, "Shopping list\n\neggs");
        Page page = browser.signedIn(baseUrl(), "editor", "peacetrack-demo");
        page.navigate(baseUrl() + "/import");
        page.getByLabel("Document file").setInputFiles(notes);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Not a recognisable document");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was stored");
    }
}
