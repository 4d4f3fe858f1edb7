package org.peacetrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Issue 14, item 5: scripts use hashed, scoped, revocable API tokens instead of a person's password. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokensTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noDocuments() {
        Database.wipe(jdbc);
    }

    private static MockMultipartFile addendum() {
        return new MockMultipartFile("file", Seeds.ADDENDUM_2024, "text/plain", Seeds.bytes(Seeds.ADDENDUM_2024));
    }

    @Test
    void anImportTokenImportsAsItsAccountAndIsStoredOnlyAsAHash() throws Exception {
        IssuedToken issued = tokens.create("editor", "nightly import", TokenScope.IMPORT);

        mvc.perform(multipart("/api/imports").file(addendum()).header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isCreated());

        assertThat(jdbc.queryForList("select token_hash from api_token where id = ?", String.class, issued.token().id()))
                .containsExactly(ApiTokenService.hash(issued.secret())).doesNotContain(issued.secret());
        assertThat(tokens.list("editor")).filteredOn(t -> t.id() == issued.token().id())
                .allMatch(t -> t.lastUsedAt() != null);
    }

    @Test
    void aReadTokenReadsButCannotImport() throws Exception {
        IssuedToken issued = tokens.create("editor", "dashboard", TokenScope.READ);

        mvc.perform(get("/api/frameworks").header("Authorization", "Bearer " + issued.secret())).andExpect(status().isOk());
        mvc.perform(multipart("/api/imports").file(addendum()).header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isZero();
    }

    @Test
    void aTokenGivesNoMoreThanItsAccountsRole() throws Exception {
        IssuedToken issued = tokens.create("delegate", "curious", TokenScope.IMPORT);

        mvc.perform(multipart("/api/imports").file(addendum()).header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRevokedOrUnknownTokenIsRefused() throws Exception {
        IssuedToken issued = tokens.create("editor", "old script", TokenScope.IMPORT);
        tokens.revoke("editor", issued.token().id());

        mvc.perform(multipart("/api/imports").file(addendum()).header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/frameworks").header("Authorization", "Bearer pt_not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/cycles").header("Authorization", "Bearer " + tokens.create("editor", "pages", TokenScope.READ)
                .secret())).andExpect(status().isUnauthorized()); // tokens are for the API, not the pages
    }

    @Test
    void peopleMakeTheirTokensOnTheirAccountPageSeeThemOnceAndRevokeThem() throws Exception {
        MvcResult made = mvc.perform(post("/account/tokens").param("name", "my laptop").param("scope", "READ")
                .with(httpBasic("reviewer", "peacetrack-demo")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("issued")).andReturn();
        IssuedToken issued = (IssuedToken) made.getFlashMap().get("issued");

        mvc.perform(get("/account/tokens").with(httpBasic("reviewer", "peacetrack-demo")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("my laptop")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(issued.secret()))));
        mvc.perform(post("/account/tokens/{id}/revoke", issued.token().id()).with(httpBasic("editor", "peacetrack-demo"))
                .with(csrf())).andExpect(flash().attributeExists("error"));
        mvc.perform(post("/account/tokens/{id}/revoke", issued.token().id()).with(httpBasic("reviewer", "peacetrack-demo"))
                .with(csrf())).andExpect(flash().attributeExists("notice"));

        assertThat(tokens.list("reviewer")).filteredOn(t -> t.id() == issued.token().id()).allMatch(ApiTokenView::revoked);
    }
}
