package org.peacetrack.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.ImportReport;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.BrowserTest;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.peacetrack.testing.Wcag;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** WCAG 2.1 A and AA rules checked by axe-core in Chromium on every public page kind. */
class AccessibilityInBrowserTest extends BrowserTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkflowService workflow;
    @Autowired
    org.peacetrack.indicators.DataImports dataImports;

    private static byte[] bytes(java.nio.file.Path path) {
        try {
            return java.nio.file.Files.readAllBytes(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void publicPagesHaveNoWcag21AaViolations() {
        Database.wipe(jdbc);
        ImportReport addendum = ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        ingestion.ingest(Seeds.REPORT_2020, Seeds.bytes(Seeds.REPORT_2020), null);
        ingestion.ingest(C34Fixtures.REPORT_2023, C34Fixtures.bytes(C34Fixtures.REPORT_2023), null);
        dataImports.run("un-peacekeeping-fatalities.csv", bytes(java.nio.file.Path.of("..", "shared", "data",
                "un-peacekeeping-fatalities.csv")), "un-fatalities", "test", org.peacetrack.indicators.ImportProgress.NONE);
        long item = register.item("A/78/19", 38).orElseThrow().id();
        long placeholder = register.item("A/77/19", 37).orElseThrow().id();
        Page page = browser.newPage();
        for (String path : List.of("/", "/items", "/items?framework=A/78/19&page=2",
                "/items?framework=A/78/19&theme=Politics&status=NARRATIVE", "/items?framework=A/78/19&status=IMPLEMENTED",
                "/items?framework=A/77/19", "/items/" + item, "/items/" + placeholder, "/documents",
                "/documents/" + addendum.documentId(), "/figures", "/figures?all=true", "/login", "/items/999999",
                "/search?q=deployment", "/frameworks", "/frameworks?kind=C34_RECOMMENDATIONS", "/indicators",
                "/indicators/FATALITIES", "/indicators/WOMEN_SHARE_UNIFORMED?personnel_type=Troops", "/indicators/figures",
                "/indicators/parity",
                "/reports/addenda?framework=A/78/19", "/reports/progress",
                "/reports/progress/report?framework=A/78/19&theme=Partnerships", "/repository/2024/",
                "/repository/2024/38.html")) {
            page.navigate(baseUrl() + path);
            Wcag.assertNoViolations(page, path);
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
        check(browser.signedIn(baseUrl(), "delegate", "peacetrack-demo"), "/");
    }

    @Test
    void workflowAndAccountPagesHaveNoWcag21AaViolations() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        Actor editor = new Actor("editor", "Editor", Role.EDITOR, null);
        long cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), editor).id();
        workflow.assign(cycle, List.of(38, 39), "DPO", editor);
        long item = register.item("A/78/19", 38).orElseThrow().id();
        Actor focal = new Actor("focal.dpo", "Focal point, DPO", Role.FOCAL_POINT, "DPO");
        StatusView draft = workflow.saveDraft(cycle, item, Status.IMPLEMENTED, "Implementation was completed.", null, focal);
        workflow.submit(draft.id(), draft.version(), focal);
        String workItem = "/cycles/" + cycle + "/items/" + item;

        check(browser.signedIn(baseUrl(), "focal.dpo", "peacetrack-demo"), "/my-items", "/cycles", "/cycles/" + cycle,
                "/account/password", "/cycles/" + cycle + "/items/" + register.item("A/78/19", 39).orElseThrow().id());
        Page reviewer = browser.signedIn(baseUrl(), "reviewer", "peacetrack-demo");
        check(reviewer, workItem, "/items/" + item + "/changes", "/cycles/999999");
        Page admin = browser.signedIn(baseUrl(), "admin", "root-secret-for-tests");
        check(admin, "/admin/accounts", "/cycles/" + cycle);
        Page stale = admin.context().newPage();
        stale.navigate(baseUrl() + "/cycles/" + cycle);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the cycle").setExact(true)).click();
        stale.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the cycle").setExact(true)).click();
        assertThat(stale.locator("h1").textContent()).isEqualTo("That step is not possible now");
        Wcag.assertNoViolations(stale, "the workflow error page");
    }

    private static void check(Page page, String... paths) {
        for (String path : paths) {
            page.navigate(baseUrlOf(page) + path);
            Wcag.assertNoViolations(page, path);
        }
    }

    private static String baseUrlOf(Page page) {
        java.net.URI uri = java.net.URI.create(page.url());
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    @Test
    void pagesFitANarrowPhoneScreenAndPrintWithoutTheNavigation() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        long item = register.item("A/78/19", 38).orElseThrow().id();
        Page phone = browser.newPage();
        phone.setViewportSize(360, 740);
        for (String path : List.of("/", "/items", "/items/" + item, "/search?q=training")) {
            phone.navigate(baseUrl() + path);
            Object overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as(path + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
        }
        phone.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        phone.navigate(baseUrl() + "/items/" + item);
        assertThat(phone.locator("header.site nav").isVisible()).as("navigation printed").isFalse();
        assertThat(phone.locator("h1").isVisible()).isTrue();
    }
}
