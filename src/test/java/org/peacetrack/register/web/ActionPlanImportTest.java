package org.peacetrack.register.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.register.RegisterService;
import org.peacetrack.testing.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class ActionPlanImportTest {

    private static final String PLAN = """
            number,action,theme,responsible
            1,Deploy casualty evacuation teams to every sector headquarters,Safety and security,DOS;DPO
            2,"Train contingents in improvised explosive device awareness, before deployment",Safety and security,DPO
            3,Review camp protection standards,,
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        Database.wipe(jdbc);
    }

    private static MockMultipartHttpServletRequestBuilder upload(String csv) {
        MockMultipartHttpServletRequestBuilder request = multipart("/frameworks/import")
                .file(new MockMultipartFile("file", "plan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        request.param("code", "SAP-2018").param("title", "Security action plan").param("year", "2018");
        return request;
    }

    @Test
    void editorImportsAnActionPlanWhoseActionsBecomeItems() throws Exception {
        mvc.perform(upload(PLAN).with(user("editor").roles("EDITOR")).with(csrf()))
                .andExpect(redirectedUrl("/items?framework=SAP-2018&created=3"));

        assertThat(register.listing("SAP-2018", null).orElseThrow().items()).hasSize(3);
        long first = register.item("SAP-2018", 1).orElseThrow().id();
        mvc.perform(get("/items/{id}", first)).andExpect(content().string(allOf(
                containsString("Deploy casualty evacuation teams"), containsString("DOS, DPO"))));
        mvc.perform(get("/frameworks").param("kind", "ACTION_PLAN"))
                .andExpect(content().string(containsString("Security action plan")));
    }

    @Test
    void wrongCsvGetsAClearErrorAndStoresNothing() throws Exception {
        mvc.perform(upload("id,description\n1,Something\n").with(user("editor").roles("EDITOR")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The action plan was not imported"),
                        containsString("needs the columns"))));
        mvc.perform(upload("number,action\n1,First\nfour,Second\n").with(user("editor").roles("EDITOR")).with(csrf()))
                .andExpect(content().string(containsString("Line 3: &quot;four&quot; is not an action number")));
        mvc.perform(upload("number,action\n1,First\n1,Again\n").with(user("editor").roles("EDITOR")).with(csrf()))
                .andExpect(content().string(containsString("Action 1 appears twice")));
        assertThat(jdbc.queryForObject("select count(*) from tracked_item", Long.class)).isZero();
    }

    @Test
    void focalPointsCannotImportPlans() throws Exception {
        mvc.perform(upload(PLAN).with(user("focal.dpo").roles("FOCAL_POINT")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
