package org.peacetrack.lineage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.lineage.LineageService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.ReviewState;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.testing.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class LineagePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;
    @Autowired
    LineageService lineage;
    @Autowired
    JdbcTemplate jdbc;

    long womenObservers;

    @BeforeEach
    void importBothSessions() {
        Database.wipe(jdbc);
        for (String fixture : new String[] {C34Fixtures.REPORT_2023, C34Fixtures.REPORT_2024}) {
            ingestion.ingest(fixture, C34Fixtures.bytes(fixture), null);
        }
        womenObservers = register.item("A/78/19", 11).orElseThrow().id();
    }

    @Test
    void itemPageShowsTheChainAcrossSessionsWithScoreAndReviewButtons() throws Exception {
        mvc.perform(get("/items/{id}", womenObservers).with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Across sessions"),
                        containsString("2023 session, paragraph 10 (A/77/19)"),
                        containsString("2024 session, paragraph 11 (A/78/19)"),
                        containsString("similar text"),
                        containsString("score <span>1.00</span>"),
                        containsString("First appeared in the <strong>2023</strong> session"),
                        containsString("Confirm match"),
                        containsString("Serves the A4P commitments on"))));
    }

    /**
     * The review buttons are for those who may press them: a public reader sees the chain without them, and so is
     * given no form token, and no session to keep one in.
     */
    @Test
    void aPublicReaderSeesTheChainWithoutReviewButtonsOrASession() throws Exception {
        mvc.perform(get("/items/{id}", womenObservers))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2024 session, paragraph 11 (A/78/19)"),
                        containsString("similar text"), not(containsString("Confirm match")), not(containsString("_csrf")))))
                .andExpect(result -> assertThat(result.getRequest().getSession(false)).as("the reader's session").isNull());
        mvc.perform(get("/items/{id}", womenObservers).with(user("delegate").roles("MEMBER_STATE")))
                .andExpect(content().string(not(containsString("Confirm match"))));
    }

    private static RequestPostProcessor reviewer() {
        return user("reviewer").roles("REVIEWER");
    }

    @Test
    void confirmingAMatchRecordsItAndReturnsToTheItem() throws Exception {
        long link = lineage.lineage(womenObservers).orElseThrow().chain().get(1).linkId();

        mvc.perform(post("/items/{id}/lineage/{link}/confirm", womenObservers, link).with(csrf())
                        .with(user("delegate").roles("MEMBER_STATE")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/items/{id}/lineage/{link}/confirm", womenObservers, link).with(csrf()).with(reviewer()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/items/" + womenObservers + "#lineage"));

        mvc.perform(get("/items/{id}", womenObservers).with(reviewer()))
                .andExpect(content().string(allOf(containsString("confirmed"), not(containsString("Confirm match")))));
        mvc.perform(post("/items/{id}/lineage/{link}/reject", womenObservers + 1000, link).with(csrf()).with(reviewer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void lineageIsReadableAsJson() throws Exception {
        mvc.perform(get("/api/items/{id}/lineage", womenObservers))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.firstSession").value(2023))
                .andExpect(jsonPath("$.ageInSessions").value(2))
                .andExpect(jsonPath("$.chain[0].item.number").value(10))
                .andExpect(jsonPath("$.chain[1].linkedBy").value("SIMILAR_TO"))
                .andExpect(jsonPath("$.chain[1].score").value(closeTo(1.0, 0.001)))
                .andExpect(jsonPath("$.chain[1].review").value(ReviewState.PROPOSED.name()))
                .andExpect(jsonPath("$.unrelatedReferences").isEmpty());
        mvc.perform(get("/api/items/999999/lineage")).andExpect(status().isNotFound());
    }
}
