package org.peacetrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Accounts on whichever database the subclass points at; each test makes its own account. */
abstract class AccountBehaviour {

    static final String PASSWORD = "a-long-enough-password";
    static final Actor ADMIN = new Actor("admin", "Administrator", Role.ADMIN, null);

    @Autowired
    AccountService accounts;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    String name;

    @BeforeEach
    void freshAccount() {
        name = "test." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(name, "Test person", Role.REVIEWER, null, PASSWORD));
    }

    @Test
    void passwordsHaveTwelveCharactersAndAreNotTheUserName() {
        assertThatThrownBy(() -> new NewAccount("someone", "S", Role.EDITOR, null, "eleven-char"))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> new NewAccount("someone.long", "S", Role.EDITOR, null, "Someone.Long"))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("user name");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() throws Exception {
        assertThatThrownBy(() -> accounts.changePassword(name, "not-the-password", "another-long-password"))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("current password is wrong");
        assertThatThrownBy(() -> accounts.changePassword(name, PASSWORD, "short"))
                .isInstanceOf(AccountRefusedException.class);

        accounts.changePassword(name, PASSWORD, "another-long-password");

        mvc.perform(get("/cycles").with(httpBasic(name, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/cycles").with(httpBasic(name, "another-long-password"))).andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountCannotSignInByFormOrBasicUntilReEnabled() throws Exception {
        accounts.disable(name, ADMIN);

        assertThat(accounts.view(name).orElseThrow().disabled()).isTrue();
        mvc.perform(get("/cycles").with(httpBasic(name, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/login").user(name).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

        accounts.enable(name);

        mvc.perform(get("/cycles").with(httpBasic(name, PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void administratorsCannotDisableThemselves() {
        assertThatThrownBy(() -> accounts.disable("admin", ADMIN)).isInstanceOf(AccountRefusedException.class);
    }

    @Test
    void aResetPasswordWorksOnceToChooseANewOne() throws Exception {
        String oneTime = accounts.resetPassword(name);

        assertThat(accounts.view(name).orElseThrow().mustChangePassword()).isTrue();
        mvc.perform(get("/cycles").with(httpBasic(name, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/cycles").with(httpBasic(name, oneTime))).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/frameworks").with(httpBasic(name, oneTime))).andExpect(status().isForbidden());
        mvc.perform(get("/account/password").with(httpBasic(name, oneTime))).andExpect(status().isOk());

        accounts.changePassword(name, oneTime, "my-own-password-now");

        assertThat(accounts.view(name).orElseThrow().mustChangePassword()).isFalse();
        mvc.perform(get("/cycles").with(httpBasic(name, "my-own-password-now"))).andExpect(status().isOk());
    }

    @Test
    void aGeneratedAdministratorPasswordMustBeChangedAtTheFirstSignIn() throws Exception {
        try {
            jdbc.update("delete from account where username = 'admin'");
            new AccountBootstrap(accounts, "", false).run(null);
            assertThat(accounts.view("admin").orElseThrow().mustChangePassword()).isTrue();
        } finally {
            jdbc.update("delete from account where username = 'admin'");
            new AccountBootstrap(accounts, "root-secret-for-tests", false).run(null);
        }
        assertThat(accounts.view("admin").orElseThrow().mustChangePassword()).as("a configured password stays").isFalse();
    }
}
