package org.peacetrack.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 14, item 5: guessing is slowed down per account and per address, by the sign-in form and by Basic
 * authentication alike, and weak passwords are refused. Each test signs in from its own address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottlingTest {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    AccountService accounts;
    @Autowired
    MockMvc mvc;

    String name;

    @BeforeEach
    void freshAccount() {
        name = "guessed." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(name, "Guessed person", Role.EDITOR, null, PASSWORD));
    }

    @Test
    void afterFiveWrongBasicGuessesTheAccountIsRefusedWith429EvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/cycles").with(httpBasic(name, "wrong-guess-" + i)).with(from("198.51.100.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/cycles").with(httpBasic(name, PASSWORD)).with(from("198.51.100.2")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    }

    @Test
    void afterFiveWrongFormSignInsTheAccountIsRefusedEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(name, "wrong-guess-" + i, "198.51.100.3"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(name, PASSWORD, "198.51.100.4"))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void oneAddressGuessingManyAccountsIsRefusedWhileOthersSignIn() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/cycles").with(httpBasic("nobody" + i, "wrong-guess")).with(from("203.0.113.9")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/cycles").with(httpBasic(name, PASSWORD)).with(from("203.0.113.9")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/cycles").with(httpBasic(name, PASSWORD)).with(from("203.0.113.10")))
                .andExpect(status().isOk());
    }

    @Test
    void aFailedFormSignInAnswersWithAnErrorStatus() throws Exception {
        mvc.perform(get("/login").param("error", "")).andExpect(status().isUnauthorized());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void commonPasswordsAndPasswordsContainingTheUserNameAreRefused() {
        assertThatThrownBy(() -> new NewAccount("someone", "S", Role.EDITOR, null, "password1234"))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("common");
        assertThatThrownBy(() -> new NewAccount("someone", "S", Role.EDITOR, null, "qwertyuiop123"))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("common");
        assertThatThrownBy(() -> new NewAccount("someone", "S", Role.EDITOR, null, "my-Someone-2025!"))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> accounts.changePassword(name, PASSWORD, "1234567890123"))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("common");
    }

    private static org.springframework.test.web.servlet.RequestBuilder signIn(String user, String password, String address) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
