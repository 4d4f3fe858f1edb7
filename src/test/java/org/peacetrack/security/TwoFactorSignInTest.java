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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Issue 14, item 5: an account with two-factor sign-in needs its app's current code besides the password. */
@SpringBootTest
@AutoConfigureMockMvc
class TwoFactorSignInTest {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    AccountService accounts;
    @Autowired
    MockMvc mvc;

    String name;

    @BeforeEach
    void freshAccount() {
        name = "second." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(name, "Careful editor", Role.EDITOR, null, PASSWORD));
    }

    @Test
    void codesFollowRfc6238() {
        // RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" at 59 s gives 94287082 (8 digits)
        String secret = Totp.base32("12345678901234567890".getBytes());
        assertThat(Totp.code(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void withTwoFactorOnTheFormNeedsTheCurrentCodeAndBasicAuthenticationIsRefused() throws Exception {
        String secret = Totp.newSecret();
        accounts.enableTwoFactor(name, secret, Totp.code(secret, Instant.now()));

        mvc.perform(signIn(PASSWORD, null, "192.0.2.21")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn(PASSWORD, "000000".equals(Totp.code(secret, Instant.now())) ? "111111" : "000000", "192.0.2.21"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn(PASSWORD, Totp.code(secret, Instant.now()), "192.0.2.21")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/cycles").with(httpBasic(name, PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongCodeDoesNotTurnItOn() {
        assertThatThrownBy(() -> accounts.enableTwoFactor(name, Totp.newSecret(), "12345"))
                .isInstanceOf(AccountRefusedException.class);
        assertThat(accounts.hasTwoFactor(name)).isFalse();
    }

    @Test
    void peopleTurnItOnAndOffOnTheirPage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        var page = mvc.perform(get("/account/two-factor").session(session).with(httpBasic(name, PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        TwoFactorEnrolment offered = (TwoFactorEnrolment) page.getModelAndView().getModel().get("offered");

        mvc.perform(post("/account/two-factor").session(session).param("code", Totp.code(offered.secret(), Instant.now()))
                .with(httpBasic(name, PASSWORD)).with(csrf())).andExpect(redirectedUrl("/account/two-factor"));
        assertThat(accounts.hasTwoFactor(name)).isTrue();

        accounts.disableTwoFactor(name, Totp.code(offered.secret(), Instant.now()));
        assertThat(accounts.hasTwoFactor(name)).isFalse();
    }

    private RequestBuilder signIn(String password, String code, String address) {
        var request = post("/login").param("username", name).param("password", password).with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return code == null ? request : request.param("code", code);
    }
}
