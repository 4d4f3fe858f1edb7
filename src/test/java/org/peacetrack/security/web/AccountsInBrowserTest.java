package org.peacetrack.security.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peacetrack.security.AccountService;
import org.peacetrack.security.NewAccount;
import org.peacetrack.security.Role;
import org.peacetrack.testing.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsInBrowserTest extends BrowserTest {

    private static final String ADMIN_PASSWORD = "root-secret-for-tests";

    @Autowired
    AccountService accounts;

    private static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    @Test
    void anAdministratorResetsAPasswordThatMustBeChangedAtTheNextSignIn() {
        String name = "reset." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(name, "Reset person", Role.FOCAL_POINT, "DPO", "first-password-of-theirs"));
        Page admin = browser.signedIn(baseUrl(), "admin", ADMIN_PASSWORD);
        admin.navigate(baseUrl() + "/admin/accounts");

        press(admin, "Reset the password of " + name);
        String oneTime = admin.locator("#one-time-password code").textContent().strip();
        admin.reload();
        assertThat(admin.locator("#one-time-password")).hasCount(0);

        Page person = browser.signedIn(baseUrl(), name, oneTime);
        assertThat(person).hasURL(baseUrl() + "/account/password");
        assertThat(person.locator("#forced-change")).isVisible();
        person.navigate(baseUrl() + "/my-items");
        assertThat(person).hasURL(baseUrl() + "/account/password");
        person.getByLabel("Current password").fill(oneTime);
        person.getByLabel("New password (12").fill("chosen-by-them-2026");
        person.getByLabel("New password again").fill("chosen-by-them-2026");
        press(person, "Change the password");

        assertThat(person.getByRole(AriaRole.STATUS)).hasText("Your password is changed.");
        person.navigate(baseUrl() + "/my-items");
        assertThat(person).hasURL(baseUrl() + "/my-items");
    }

    @Test
    void aDisabledAccountIsSignedOutAndCannotSignInAgainUntilReEnabled() {
        String name = "off." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(name, "Disabled person", Role.REVIEWER, null, "reviewer-password-1"));
        Page person = browser.signedIn(baseUrl(), name, "reviewer-password-1");
        Page admin = browser.signedIn(baseUrl(), "admin", ADMIN_PASSWORD);
        admin.navigate(baseUrl() + "/admin/accounts");

        press(admin, "Disable " + name);

        assertThat(admin.getByRole(AriaRole.STATUS)).containsText(name + " is disabled");
        person.navigate(baseUrl() + "/cycles");
        assertThat(person).hasURL(baseUrl() + "/login?disabled");
        person.getByLabel("Username").fill(name);
        person.getByLabel("Password").fill("reviewer-password-1");
        press(person, "Sign in");
        assertThat(person.getByRole(AriaRole.ALERT)).containsText("disabled");

        press(admin, "Re-enable " + name);
        Page again = browser.signedIn(baseUrl(), name, "reviewer-password-1");
        again.navigate(baseUrl() + "/cycles");
        assertThat(again.locator("h1")).hasText("Reporting cycles");
    }

    @Test
    void aPersonChangesTheirOwnPasswordOnlyWithTheCurrentOne() {
        String name = "own." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(name, "Own person", Role.EDITOR, null, "editor-password-1"));
        Page person = browser.signedIn(baseUrl(), name, "editor-password-1");
        person.navigate(baseUrl() + "/account/password");
        person.getByLabel("Current password").fill("not-my-password");
        person.getByLabel("New password (12").fill("editor-password-2");
        person.getByLabel("New password again").fill("editor-password-2");
        press(person, "Change the password");

        assertThat(person.getByRole(AriaRole.ALERT)).hasText("The current password is wrong.");
        assertThat(person.locator("header .who")).containsText("Own person");
    }
}
