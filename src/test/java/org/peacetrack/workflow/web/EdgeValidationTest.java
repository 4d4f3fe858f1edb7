package org.peacetrack.workflow.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14, item 8: input that used to end in a server error is refused at the edge with a message. */
@SpringBootTest
@AutoConfigureMockMvc
class EdgeValidationTest {

    static final Actor EDITOR = new Actor("editor", "Editor", Role.EDITOR, null);
    static final Actor FOCAL_DPO = new Actor("focal.dpo", "Focal DPO", Role.FOCAL_POINT, "DPO");

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void addendumImported() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
    }

    @Test
    void theLastPossiblePageNumberIsAnEmptyPageNotAServerError() throws Exception {
        mvc.perform(get("/api/items").param("framework", "A/78/19").param("page", "2147483647"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/items").param("framework", "A/78/19").param("page", "2147483647"))
                .andExpect(r -> org.assertj.core.api.Assertions.assertThat(r.getResponse().getStatus()).isLessThan(500));
    }

    @Test
    void anUnknownExportFormatIsABadRequest() throws Exception {
        mvc.perform(get("/items/export.exe").param("framework", "A/78/19")).andExpect(status().isBadRequest());
    }

    @Test
    void anOverLongDisplayNameOrEntityCodeIsRefusedInTheReadersLanguage() throws Exception {
        mvc.perform(post("/admin/accounts").with(httpBasic("admin", "root-secret-for-tests")).with(csrf())
                .locale(Locale.FRENCH).param("username", "long.name").param("displayName", "N".repeat(201))
                .param("role", "REVIEWER").param("password", "a-long-enough-password"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("200 caractères")));
        mvc.perform(post("/admin/accounts").with(httpBasic("admin", "root-secret-for-tests")).with(csrf())
                .param("username", "long.entity").param("displayName", "Focal").param("entityCode", "E".repeat(33))
                .param("role", "FOCAL_POINT").param("password", "a-long-enough-password"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("32 characters")));
    }

    @Test
    void anOverLongFileNameIsRefusedWithAProblem() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "a".repeat(300) + ".txt", "text/plain",
                Seeds.bytes(Seeds.REPORT_2017));
        mvc.perform(multipart("/api/imports").file(file).with(httpBasic("editor", "peacetrack-demo")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", Matchers.containsString("255")));
    }

    @Test
    void anOverLongNarrativeIsRefusedWithAMessage() {
        long cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(cycle, List.of(38), "DPO", EDITOR);
        long item = register.item("A/78/19", 38).orElseThrow().id();

        assertThatThrownBy(() -> workflow.saveDraft(cycle, item, Status.ONGOING, "x".repeat(100_001), null, FOCAL_DPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100000");
    }
}
