package org.peacetrack.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        Database.wipe(jdbc);
    }

    private static RequestPostProcessor editor() {
        return user("editor").roles("EDITOR");
    }

    @Test
    void anonymousVisitorCannotImport() throws Exception {
        mvc.perform(multipart("/api/imports").file(addendum())).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/import").file(addendum()).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/import").file(addendum()).with(user("delegate").roles("MEMBER_STATE")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isZero();
    }

    private static MockMultipartFile addendum() {
        return new MockMultipartFile("file", Seeds.ADDENDUM_2024, "text/plain", Seeds.bytes(Seeds.ADDENDUM_2024));
    }

    @Test
    void uploadingTheAddendumShowsAnImportReport() throws Exception {
        mvc.perform(multipart("/import").file(addendum()).with(editor()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Import report"), containsString("addendum (status of recommendations)"),
                        containsString("A/79/553/Add.1"), containsString(">121<"))));
    }

    @Test
    void uploadingItAgainSaysSoAndCreatesNothing() throws Exception {
        mvc.perform(multipart("/import").file(addendum()).with(editor()).with(csrf())).andExpect(status().isOk());
        mvc.perform(multipart("/import").file(addendum()).with(editor()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was imported before")));
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(1);
    }

    @Test
    void uploadingSomethingElseShowsTheErrorAndStoresNothing() throws Exception {
        MockMultipartFile notes = new MockMultipartFile("file", "notes.txt", "text/plain",
                "<script>alert(1)</script>\n\nJust notes".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/import").file(notes).with(editor()).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("The file was not imported"),
                        containsString("Not a recognisable document"), containsString("Nothing was stored"))));
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isZero();
    }

    @Test
    void apiImportAnswersCreatedThenOkThenProblemDetail() throws Exception {
        mvc.perform(multipart("/api/imports").file(addendum()).with(editor()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/documents/")))
                .andExpect(jsonPath("$.statusUpdatesCreated").value(121));
        mvc.perform(multipart("/api/imports").file(addendum()).with(editor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("ALREADY_IMPORTED"));
        MockMultipartFile empty = new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]);
        mvc.perform(multipart("/api/imports").file(empty).with(editor()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("empty.txt: the file is empty"));
    }
}
