package org.peacetrack.tracking.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.BrowserTest;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.peacetrack.tracking.RegisterService;
import org.peacetrack.tracking.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class WorkflowInBrowserTest extends BrowserTest {

    private static final String PASSWORD = "peacetrack-demo";

    @Autowired
    IngestionService ingestion;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;

    long cycle;
    long item38;

    @BeforeEach
    void cycleWithItem38AssignedToDpo() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        Actor editor = new Actor("editor", "Editor", Role.EDITOR, null);
        cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), editor).id();
        workflow.assign(cycle, List.of(38), "DPO", editor);
        item38 = register.item("A/78/19", 38).orElseThrow().id();
    }

    private Page as(String username) {
        Page page = browser.signedIn(baseUrl(), username, PASSWORD);
        page.navigate(baseUrl() + "/cycles/" + cycle);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recommendation 38 of A/78/19")).click();
        return page;
    }

    private static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    @Test
    void focalPointDraftsReviewerReturnsThenApprovesEditorPublishesAndThePublicSeesIt() {
        Page focal = as("focal.dpo");
        focal.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("IMPLEMENTED");
        focal.getByLabel("Status text").fill("The revised vetting policy was issued.");
        press(focal, "Save and submit for review");
        assertThat(focal.locator("#work-state")).hasText("SUBMITTED");

        Page reviewer = as("reviewer");
        reviewer.getByLabel("Message to the focal point").fill("Say when it was issued.");
        press(reviewer, "Return with message");
        assertThat(reviewer.locator("#work-state")).hasText("RETURNED");

        focal = as("focal.dpo");
        assertThat(focal.locator("#review-message")).hasText("Say when it was issued.");
        focal.getByLabel("Status text").fill("The revised vetting policy was issued in March 2025.");
        press(focal, "Save and submit for review");

        reviewer = as("reviewer");
        press(reviewer, "Approve");
        assertThat(reviewer.locator("#work-state")).hasText("APPROVED");

        Page editor = as("editor");
        press(editor, "Publish");
        assertThat(editor.locator("#work-state")).hasText("PUBLISHED");

        Page visitor = browser.newPage();
        visitor.navigate(baseUrl() + "/items/" + item38);
        assertThat(visitor.locator("dl.facts")).containsText("Implemented");
        assertThat(visitor.locator("main")).containsText("issued in March 2025");
        assertThat(visitor.locator("main")).containsText("Implementation is ongoing.");
    }

    @Test
    void focalPointOfAnotherEntityIsRefusedOnTheServer() {
        Page other = browser.signedIn(baseUrl(), "focal.dos", PASSWORD);
        other.navigate(baseUrl() + "/cycles/" + cycle + "/items/" + item38);
        assertThat(other.locator("form textarea#narrative")).hasCount(0);
    }
}
