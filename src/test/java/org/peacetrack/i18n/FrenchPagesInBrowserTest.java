package org.peacetrack.i18n;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.ImportReport;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.testing.BrowserTest;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.peacetrack.testing.Wcag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A reader whose browser asks for French, and one who switches language, in Chromium. */
class FrenchPagesInBrowserTest extends BrowserTest {

    private static final Map<String, String> FRENCH_BROWSER = Map.of("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;

    @BeforeEach
    void emptyDatabase() {
        Database.wipe(jdbc);
    }

    @Test
    void aFrenchBrowserGetsFrenchPagesAndTheSwitchToEnglishSticks() {
        Page page = browser.newPage();
        page.setExtraHTTPHeaders(FRENCH_BROWSER);
        page.navigate(baseUrl() + "/");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu principal")))
                .containsText("Recommandations");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Langue")))
                .containsText("English");
        assertThat(page.locator("a[lang=fr]")).hasAttribute("aria-current", "true");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate(baseUrl() + "/items");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page).hasURL(baseUrl() + "/items?lang=fr");
    }

    @Test
    void anEditorImportsInFrenchAndReadsTheReportWithAFrenchDate() {
        Page page = browser.signedIn(baseUrl(), "editor", "peacetrack-demo");
        page.setExtraHTTPHeaders(FRENCH_BROWSER);
        page.navigate(baseUrl() + "/import");
        assertThat(page.locator("h1")).hasText("Importer un document");
        Wcag.assertNoViolations(page, "/import");

        page.getByLabel("Fichier du document").setInputFiles(Seeds.path(Seeds.ADDENDUM_2024));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer")).click();

        // importing takes seconds, more on a busy machine
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rapport d'import")))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator("dl.facts")).containsText("25 octobre 2024");
        assertThat(page.locator("dl.facts")).containsText("Additif du Secrétaire général");
        Wcag.assertNoViolations(page, "import report");
    }

    @Test
    void frenchPagesOfEveryKindHaveNoWcag21AaViolations() {
        ImportReport addendum = ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        long item = register.item("A/78/19", 38).orElseThrow().id();
        Page page = browser.newPage();
        page.setExtraHTTPHeaders(FRENCH_BROWSER);
        for (String path : List.of("/", "/items", "/items/" + item, "/documents", "/documents/" + addendum.documentId(),
                "/figures", "/login", "/items/999999", "/search?q=deployment", "/frameworks")) {
            page.navigate(baseUrl() + path);
            assertThat(page.locator("html")).hasAttribute("lang", "fr");
            Wcag.assertNoViolations(page, path);
        }
    }
}
