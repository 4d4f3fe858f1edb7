package org.peacetrack.workflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.testing.BrowserTest;
import org.peacetrack.workflow.AssignedCycle;
import org.peacetrack.workflow.WorkflowService;
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
        AssignedCycle start = AssignedCycle.open(jdbc, ingestion, workflow, register, 38);
        cycle = start.cycle();
        item38 = start.item38();
    }

    private Page as(String username) {
        Page page = browser.signedIn(baseUrl(), username, PASSWORD);
        page.navigate(baseUrl() + "/cycles/" + cycle);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recommendation 38 of A/78/19")).click();
        return page;
    }

    private static com.microsoft.playwright.Locator.FilterOptions has(String text) {
        return new com.microsoft.playwright.Locator.FilterOptions().setHasText(text);
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
        assertThat(focal.locator("#work-state")).hasAttribute("data-state", "SUBMITTED");

        Page reviewer = as("reviewer");
        reviewer.getByLabel("Message to the focal point").fill("Say when it was issued.");
        press(reviewer, "Return with message");
        assertThat(reviewer.locator("#work-state")).hasAttribute("data-state", "RETURNED");

        focal = as("focal.dpo");
        assertThat(focal.locator("#review-message")).hasText("Say when it was issued.");
        focal.getByLabel("Status text").fill("The revised vetting policy was issued in March 2025.");
        press(focal, "Save and submit for review");

        reviewer = as("reviewer");
        press(reviewer, "Approve");
        assertThat(reviewer.locator("#work-state")).hasAttribute("data-state", "APPROVED");

        Page editor = as("editor");
        press(editor, "Publish");
        assertThat(editor.locator("#work-state")).hasAttribute("data-state", "PUBLISHED");

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

    @Test
    void focalPointLandsOnMyItemsAndTheDraftStartsFromThePublishedStatus() {
        Page focal = browser.signedIn(baseUrl(), "focal.dpo", PASSWORD);

        assertThat(focal).hasURL(baseUrl() + "/my-items");
        assertThat(focal.locator("#my-items")).containsText("Recommendation 38 of A/78/19");
        focal.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recommendation 38 of A/78/19")).click();
        assertThat(focal.locator("#published-text")).containsText("Implementation is ongoing.");
        assertThat(focal.locator("#draft-start")).containsText("2024");
        assertThat(focal.getByLabel("Status text")).hasValue(java.util.regex.Pattern.compile("^Implementation is ongoing\\..*"));
        assertThat(focal.getByLabel("Status", new Page.GetByLabelOptions().setExact(true))).hasValue("ONGOING");

        Page other = browser.signedIn(baseUrl(), "focal.dos", PASSWORD);
        assertThat(other.locator("#nothing-due")).isVisible();
    }

    @Test
    void reviewerAndChangeLogShowWhatChangedAsAnAccessibleDiff() {
        Page focal = as("focal.dpo");
        String lastYear = focal.getByLabel("Status text").inputValue();
        focal.getByLabel("Status text").fill(lastYear.replace("Implementation is ongoing.",
                "Implementation was completed in March 2025."));
        press(focal, "Save and submit for review");

        Page reviewer = as("reviewer");
        assertThat(reviewer.locator("#review-diff del").filter(has("is ongoing."))).hasCount(1);
        assertThat(reviewer.locator("#review-diff ins").filter(has("was completed in March 2025."))).hasCount(1);
        assertThat(reviewer.locator("#review-diff ins .visually-hidden").first()).hasText("[added: ");

        reviewer.getByLabel("Message to the focal point").fill("Name the month the policy was issued.");
        press(reviewer, "Return with message");
        focal = as("focal.dpo");
        focal.getByLabel("Status text").fill(focal.getByLabel("Status text").inputValue().replace("March 2025",
                "early March 2025"));
        press(focal, "Save draft");

        Page staff = browser.signedIn(baseUrl(), "reviewer", PASSWORD);
        staff.navigate(baseUrl() + "/items/" + item38 + "/changes");
        assertThat(staff.locator("table.changes thead")).containsText("What changed in the text");
        assertThat(staff.locator("table.changes tbody tr").last().locator("ins").filter(has("early"))).hasCount(1);
        assertThat(staff.locator("table.changes tbody tr").nth(2)).containsText("Name the month");
        assertThat(staff.locator("table.changes tbody tr").nth(1)).containsText("Draft → Submitted");

        Page visitor = browser.newPage();
        visitor.navigate(baseUrl() + "/items/" + item38 + "/changes");
        assertThat(visitor.locator("main")).not().containsText("Name the month");
        assertThat(visitor.locator("main")).not().containsText("March 2025");
    }

    @Test
    void anEditConflictShowsTheOtherPersonsTextBesideYours() {
        Page mine = as("focal.dpo");
        press(mine, "Save draft");
        Page theirs = as("focal.dpo");
        mine.getByLabel("Status text").fill("My own wording of the status.");
        theirs.getByLabel("Status text").fill("Their wording of the status.");
        press(theirs, "Save draft");

        press(mine, "Save draft");

        assertThat(mine.locator("#conflict")).containsText("Changed by someone else");
        assertThat(mine.locator("#their-text")).containsText("Their wording of the status.");
        assertThat(mine.locator("#conflict-diff ins").filter(has("My own"))).hasCount(1);
        assertThat(mine.getByLabel("Status text")).hasValue("My own wording of the status.");
    }

    @Test
    void aRefusedStepShowsItsHeadingAndTheSignedInPerson() {
        Page editor = browser.signedIn(baseUrl(), "editor", PASSWORD);
        editor.navigate(baseUrl() + "/cycles/" + cycle);
        Page again = editor.context().newPage();
        again.navigate(baseUrl() + "/cycles/" + cycle);
        press(editor, "Close the cycle");
        assertThat(editor.locator("#cycle-closed")).containsText("Closed by editor");

        press(again, "Close the cycle");

        assertThat(again.locator("h1")).hasText("That step is not possible now");
        assertThat(again).hasTitle("That step is not possible now - Peacetrack");
        assertThat(again.locator("header .who")).containsText("Editor");
        again.navigate(baseUrl() + "/cycles/999999");
        assertThat(again.locator("h1")).hasText("Not found");
        assertThat(again.locator("header .who")).containsText("Editor");

        Page focal = as("focal.dpo");
        assertThat(focal.locator("#reporting-closed")).containsText("This cycle is closed");
        assertThat(focal.locator("textarea#narrative")).hasCount(0);
    }
}
