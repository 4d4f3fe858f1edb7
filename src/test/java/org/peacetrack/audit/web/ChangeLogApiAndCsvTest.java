package org.peacetrack.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.workflow.AssignedCycle;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ADR 0059: the log stores each state as named fields with the whole narrative, and its API and CSV still
 * write the state as the one line they always wrote, the narrative shortened to 300 characters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChangeLogApiAndCsvTest {

    private static final String NARRATIVE = "The vetting policy was issued in March. ".repeat(10).strip();
    private static final String SHOWN = NARRATIVE.substring(0, 297) + "...";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RegisterService register;

    AssignedCycle assigned;

    @BeforeEach
    void aLongDraftWithEvidenceSubmittedAndReturned() {
        assigned = AssignedCycle.open(jdbc, ingestion, workflow, register, 38);
        StatusView draft = workflow.saveDraft(assigned.cycle(), assigned.item38(), Status.IMPLEMENTED, NARRATIVE,
                null, AssignedCycle.FOCAL_DPO);
        StatusView withEvidence = workflow.attachEvidence(draft.id(), "Policy", "https://example.org/policy",
                AssignedCycle.FOCAL_DPO);
        StatusView submitted = workflow.submit(draft.id(), withEvidence.version(), AssignedCycle.FOCAL_DPO);
        workflow.returnWithMessage(submitted.id(), "Add the date.", submitted.version(), AssignedCycle.REVIEWER);
    }

    @Test
    void theApiWritesEachStateAsItsLineWithTheNarrativeShortened() throws Exception {
        JsonNode log = JsonMapper.builder().build().readTree(mvc.perform(get("/api/items/" + assigned.item38()
                + "/changes").with(httpBasic("reviewer", "peacetrack-demo"))).andReturn().getResponse()
                .getContentAsString());

        assertThat(log).hasSize(4);
        assertThat(log.get(0).get("before").isNull()).isTrue();
        assertThat(log.get(0).get("after").asString()).isEqualTo("DRAFT | IMPLEMENTED | " + SHOWN);
        assertThat(log.get(3).get("action").asString()).isEqualTo("returned");
        assertThat(log.get(3).get("subjectType").asString()).isEqualTo("status_update");
        assertThat(log.get(3).get("before").asString()).isEqualTo("SUBMITTED | IMPLEMENTED | evidence: 1 | " + SHOWN);
        assertThat(log.get(3).get("after").asString())
                .isEqualTo("RETURNED | IMPLEMENTED | message: Add the date. | evidence: 1 | " + SHOWN);
        assertThat(log.get(3).propertyNames()).containsExactly("at", "actor", "action", "subjectType", "subjectId",
                "itemId", "before", "after");
    }

    @Test
    void theCsvWritesTheSameLines() throws Exception {
        String csv = new String(mvc.perform(get("/changes.csv").param("item", "" + assigned.item38())
                .with(httpBasic("reviewer", "peacetrack-demo"))).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);

        assertThat(csv).contains("RETURNED | IMPLEMENTED | message: Add the date. | evidence: 1 | " + SHOWN);
    }

    @Test
    void theLogStoresItsActionsAndSubjectsByTheirLowerCaseNames() {
        assertThat(jdbc.queryForList("select action from change_log order by id", String.class))
                .containsExactly("drafted", "revised", "submitted", "returned");
        assertThat(jdbc.queryForList("select distinct subject_type from change_log", String.class))
                .containsExactly("status_update");
    }

    @Test
    void theLogKeepsTheWholeNarrative() {
        assertThat(jdbc.queryForList("select after_state from change_log", String.class))
                .allSatisfy(state -> assertThat(state).contains(NARRATIVE));
    }
}
