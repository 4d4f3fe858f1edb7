package org.peacetrack.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.ImportReport;
import org.peacetrack.ingestion.IngestionService;
import java.time.LocalDate;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.BrowserTest;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.tracking.WorkflowService;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.peacetrack.tracking.RegisterService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** WCAG 2.1 A and AA rules checked by axe-core in Chromium on every public page kind. */
class AccessibilityInBrowserTest extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkflowService workflow;

    @Test
    void publicPagesHaveNoWcag21AaViolations() {
        Database.wipe(jdbc);
        ImportReport addendum = ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        ingestion.ingest(Seeds.REPORT_2020, Seeds.bytes(Seeds.REPORT_2020), null);
        ingestion.ingest(C34Fixtures.REPORT_2023, C34Fixtures.bytes(C34Fixtures.REPORT_2023), null);
        long item = register.item("A/78/19", 38).orElseThrow().id();
        long placeholder = register.item("A/77/19", 37).orElseThrow().id();
        Page page = browser.newPage();
        for (String path : List.of("/", "/items", "/items?framework=A/78/19&page=2",
                "/items?framework=A/78/19&theme=Politics&status=NARRATIVE", "/items?framework=A/78/19&status=IMPLEMENTED",
                "/items?framework=A/77/19", "/items/" + item, "/items/" + placeholder, "/documents",
                "/documents/" + addendum.documentId(), "/figures", "/figures?all=true", "/login", "/items/999999",
                "/search?q=deployment", "/frameworks", "/frameworks?kind=C34_RECOMMENDATIONS")) {
            assertNoViolations(page, path);
        }
    }

    @Test
    void theDashboardOfASignedInReaderHasNoWcag21AaViolations() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        Actor editor = new Actor("editor", "Editor", Role.EDITOR, null);
        long cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), editor).id();
        workflow.assign(cycle, List.of(38, 39), "DPO", editor);
        workflow.assign(cycle, List.of(112), "DOS", editor);
        assertNoViolations(browser.signedIn(baseUrl(), "delegate", "peacetrack-demo"), "/");
    }

    private void assertNoViolations(Page page, String path) {
        page.navigate(baseUrl() + path);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.getViolations()).as(path + ": " + describe(results.getViolations())).isEmpty();
    }

    @Test
    void pagesFitANarrowPhoneScreenAndPrintWithoutTheNavigation() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        long item = register.item("A/78/19", 38).orElseThrow().id();
        Page phone = browser.newPage();
        phone.setViewportSize(360, 740);
        for (String path : List.of("/", "/items", "/items/" + item, "/search?q=training", "/documents")) {
            phone.navigate(baseUrl() + path);
            Object overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as(path + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
        }
        phone.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        phone.navigate(baseUrl() + "/items/" + item);
        assertThat(phone.locator("header.site nav").isVisible()).as("navigation printed").isFalse();
        assertThat(phone.locator("h1").isVisible()).isTrue();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getNodes().size() + "x: " + v.getHelp() + ")")
                .collect(Collectors.joining("; "));
    }
}
