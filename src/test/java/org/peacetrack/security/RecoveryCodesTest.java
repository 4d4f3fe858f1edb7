package org.peacetrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Two-factor recovery codes (issue 14, ADR 0054): made when two-factor sign-in is turned on, shown once,
 * stored hashed, each accepted once at sign-in in place of the app's code, replaced by a new set on request,
 * and counted on the two-factor page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecoveryCodesTest {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    AccountService accounts;
    @Autowired
    RecoveryCodes recoveryCodes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    String name;
    String secret;

    @BeforeEach
    void freshAccount() {
        name = "recover." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(name, "Forgetful reviewer", Role.REVIEWER, null, PASSWORD));
        secret = Totp.newSecret();
    }

    @Test
    void turningTwoFactorOnMakesTenDistinctCodesStoredOnlyAsHashes() {
        List<String> codes = accounts.enableTwoFactor(name, secret, now());

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-7]{6}-[a-z2-7]{6}"));
        List<String> stored = jdbc.queryForList("select code_hash from two_factor_recovery_code where username = ?",
                String.class, name);
        assertThat(stored).hasSize(10).doesNotContainAnyElementsOf(codes)
                .containsExactlyInAnyOrderElementsOf(codes.stream().map(RecoveryCodes::hash).toList());
        assertThat(accounts.recoveryCodesLeft(name)).isEqualTo(10);
    }

    @Test
    void theCodesAreShownOnceOnThePageThatTurnedItOnAndNeverAgain() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/account/two-factor").session(session).with(httpBasic(name, PASSWORD))).andExpect(status().isOk());
        String offered = (String) session.getAttribute("peacetrack.pendingTotp");
        var turnedOn = mvc.perform(post("/account/two-factor").session(session).param("code", Totp.code(offered, Instant.now()))
                .with(httpBasic(name, PASSWORD)).with(csrf())).andExpect(redirectedUrl("/account/two-factor")).andReturn();
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) turnedOn.getFlashMap().get("recoveryCodes");
        assertThat(codes).hasSize(10);

        // Basic authentication is refused once two-factor is on: the owner signs in on the form with the app's code
        MockHttpSession signedIn = signInWith(Totp.code(offered, Instant.now()));
        String shown = mvc.perform(get("/account/two-factor").session(signedIn).flashAttrs(turnedOn.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains(codes.get(0), codes.get(9));
        String later = mvc.perform(get("/account/two-factor").session(signedIn)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(later).doesNotContain(codes.get(0)).doesNotContain(codes.get(9))
                .contains("10 of 10 recovery codes left.");
    }

    @Test
    void aRecoveryCodeSignsInOnceInPlaceOfTheAppsCode() throws Exception {
        List<String> codes = accounts.enableTwoFactor(name, secret, now());

        mvc.perform(signIn(PASSWORD, codes.get(3).toUpperCase(Locale.ROOT).replace("-", " "))).andExpect(redirectedUrl("/"));
        assertThat(accounts.recoveryCodesLeft(name)).isEqualTo(9);
        mvc.perform(signIn(PASSWORD, codes.get(3))).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn(PASSWORD, "abcdef-abcdef")).andExpect(redirectedUrl("/login?error"));
        assertThat(accounts.recoveryCodesLeft(name)).isEqualTo(9);
    }

    @Test
    void aWrongPasswordDoesNotSpendARecoveryCode() throws Exception {
        List<String> codes = accounts.enableTwoFactor(name, secret, now());

        mvc.perform(signIn("not-the-password-at-all", codes.get(0))).andExpect(redirectedUrl("/login?error"));
        assertThat(accounts.recoveryCodesLeft(name)).isEqualTo(10);
        mvc.perform(signIn(PASSWORD, codes.get(0))).andExpect(redirectedUrl("/"));
    }

    @Test
    void aCodeRacedByTwoSignInsIsAcceptedOnce() throws Exception {
        String code = accounts.enableTwoFactor(name, secret, now()).get(0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                attempts.add(() -> recoveryCodes.use(name, code));
            }
            List<Boolean> accepted = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                accepted.add(f.get());
            }
            assertThat(accepted).containsOnlyOnce(true);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aNewSetReplacesTheOldOneAndNeedsASecondFactor() throws Exception {
        List<String> old = accounts.enableTwoFactor(name, secret, now());
        assertThatThrownBy(() -> accounts.newRecoveryCodes(name, "000000".equals(now()) ? "111111" : "000000"))
                .isInstanceOf(AccountRefusedException.class);

        List<String> fresh = accounts.newRecoveryCodes(name, now());

        assertThat(new HashSet<>(fresh)).doesNotContainAnyElementsOf(old);
        assertThat(accounts.recoveryCodesLeft(name)).isEqualTo(10);
        mvc.perform(signIn(PASSWORD, old.get(0))).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn(PASSWORD, fresh.get(0))).andExpect(redirectedUrl("/"));
    }

    @Test
    void someoneWhoLostTheAppTurnsTwoFactorOffWithARecoveryCodeAndTheCodesGo() {
        List<String> codes = accounts.enableTwoFactor(name, secret, now());

        accounts.disableTwoFactor(name, codes.get(5));

        assertThat(accounts.hasTwoFactor(name)).isFalse();
        assertThat(accounts.recoveryCodesLeft(name)).isZero();
    }

    @Test
    void theCountIsShownInFrenchToo() throws Exception {
        List<String> codes = accounts.enableTwoFactor(name, secret, now());
        MockHttpSession signedIn = signInWith(codes.get(0));

        String page = mvc.perform(get("/account/two-factor").session(signedIn).header("Accept-Language", "fr"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Il reste 9 codes de secours sur 10.").contains("Codes de secours");
    }

    private MockHttpSession signInWith(String code) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", name).param("password", PASSWORD)
                .param("code", code).with(csrf())).andExpect(redirectedUrl("/"));
        return session;
    }

    private String now() {
        return Totp.code(secret, Instant.now());
    }

    private RequestBuilder signIn(String password, String code) {
        return post("/login").param("username", name).param("password", password).param("code", code).with(csrf())
                .with(r -> {
                    r.setRemoteAddr("192.0.2.77");
                    return r;
                });
    }
}
