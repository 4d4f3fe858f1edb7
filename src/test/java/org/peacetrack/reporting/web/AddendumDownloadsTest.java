package org.peacetrack.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The addendum of a reporting cycle, downloaded by anyone: what was published goes in, work still in review
 * does not, a recommendation without a published status is a visible gap, and a status pointing at last year
 * gets the standard sentence. Bad requests are clear 4xx problems.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AddendumDownloadsTest {

    private static final Actor FOCAL = new Actor("focal.dpo", "Focal DPO", Role.FOCAL_POINT, "DPO");
    private static final Actor REVIEWER = new Actor("reviewer", "Reviewer", Role.REVIEWER, null);
    private static final Actor EDITOR = new Actor("editor", "Editor", Role.EDITOR, null);

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

    long cycle;

    @BeforeEach
    void aCycleWithOnePublishedOneApprovedAndOnePointingAtLastYear() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(cycle, List.of(38, 39, 40), "DPO", EDITOR);
        publish(38, Status.IMPLEMENTED, "The vetting of all personnel is complete.");
        StatusView approved = submit(39, Status.ONGOING, "Text still under review, not public.");
        workflow.approve(approved.id(), approved.version(), REVIEWER);
        publish(40, Status.SEE_PRIOR, "Awareness materials were updated.");
    }

    @Test
    void theCyclesAddendumHoldsThePublishedStatusesAndAGapForTheRest() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/reports/addendum/2025.md").param("framework", "A/78/19"))
                .andReturn().getResponse();

        String markdown = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/markdown");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "A-78-19-addendum-2025.md");
        assertThat(markdown).contains("38 The vetting of all personnel is complete.")
                .contains("39 *[No status has been published for 2025.]*")
                .contains("40 Please refer to the status of recommendation 44 in the Secretariat's online repository of "
                        + "recommendations of the Special Committee for 2023.\n\nAwareness materials were updated.")
                .doesNotContain("not public");
        assertThat(Integer.parseInt(response.getHeader("X-Addendum-Gaps"))).isGreaterThan(90);
    }

    @Test
    void theApiNamesEveryGapAndOffersEachFormat() throws Exception {
        String json = mvc.perform(get("/api/reports/addendum/2025").param("framework", "A/78/19")).andReturn()
                .getResponse().getContentAsString();

        assertThat(json).contains("\"gaps\":[22,26,39,41").contains("Recommendation 39 of A/78/19 has no published "
                + "status for 2025").contains("/api/reports/addendum/2025/docx?framework=A/78/19");
        MockHttpServletResponse pdf = mvc.perform(get("/api/reports/addendum/2025/pdf").param("framework", "A/78/19"))
                .andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void anUnknownFormatIsABadRequestAndAnUnknownSessionNotFound() throws Exception {
        MockHttpServletResponse odt = mvc.perform(get("/reports/addendum/2025.odt").param("framework", "A/78/19"))
                .andReturn().getResponse();
        assertThat(odt.getStatus()).isEqualTo(400);
        assertThat(odt.getContentAsString()).contains("Unknown format: the addendum is written as docx, pdf, html, md.");

        MockHttpServletResponse unknown = mvc.perform(get("/api/reports/addendum/2025/docx").param("framework", "A/99/19"))
                .andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("No session A/99/19 is stored.");
    }

    @Test
    void theSessionAndCyclePagesOfferTheAddendumInEachFormat() throws Exception {
        String session = mvc.perform(get("/items").param("framework", "A/78/19")).andReturn().getResponse()
                .getContentAsString();
        assertThat(session).contains("/reports/addendum/2024.docx?framework=A/78/19",
                "/reports/addendum/2024.pdf?framework=A/78/19", "/reports/addenda?framework=A/78/19");

        String cyclePage = mvc.perform(get("/cycles/" + cycle).with(httpBasic("editor", "peacetrack-demo")))
                .andReturn().getResponse().getContentAsString();
        assertThat(cyclePage).contains("/reports/addendum/2025.md?framework=A/78/19");

        String addenda = mvc.perform(get("/reports/addenda").param("framework", "A/78/19")).andReturn().getResponse()
                .getContentAsString();
        assertThat(addenda).contains("/reports/addendum/2024.html?framework=A/78/19",
                "/reports/addendum/2025.html?framework=A/78/19");
    }

    @Test
    void theAddendaPageWithoutASessionOpensTheNewestSessions() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/reports/addenda")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/reports/addenda?framework=A/78/19");
    }

    private void publish(int number, Status status, String text) {
        StatusView submitted = submit(number, status, text);
        StatusView approved = workflow.approve(submitted.id(), submitted.version(), REVIEWER);
        workflow.publish(approved.id(), approved.version(), EDITOR);
    }

    private StatusView submit(int number, Status status, String text) {
        long item = register.item("A/78/19", number).orElseThrow().id();
        StatusView draft = workflow.saveDraft(cycle, item, status, text, null, FOCAL);
        return workflow.submit(draft.id(), draft.version(), FOCAL);
    }
}
