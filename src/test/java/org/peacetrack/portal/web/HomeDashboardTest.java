package org.peacetrack.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.CarryOver;
import org.peacetrack.register.OpenRecommendation;
import org.peacetrack.register.RegisterOverview;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.RegisterStatistics;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusBreakdown;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class HomeDashboardTest {

    private static final Actor EDITOR = new Actor("editor", "Editor", Role.EDITOR, null);
    private static final Actor FOCAL_DPO = new Actor("focal.dpo", "Focal DPO", Role.FOCAL_POINT, "DPO");

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterStatistics statistics;
    @Autowired
    RegisterService register;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importAddendum() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
    }

    @Test
    void overviewCountsPublishedStatusesPerSessionAndThemeAndTheShareCarriedOver() {
        RegisterOverview overview = statistics.overview();
        StatusBreakdown session2024 = overview.bySession().get(0);
        assertThat(session2024.group()).isEqualTo("2024 (A/78/19)");
        assertThat(session2024.total()).isEqualTo(121);
        assertThat(session2024.count(Status.NO_UPDATE_REQUESTED)).isEqualTo(1);
        assertThat(session2024.count(Status.ONGOING)).isEqualTo(jdbc.queryForObject("select count(*) from tracked_item i"
                + " join framework f on f.id = i.framework_id where f.code = 'A/78/19' and current_status = 'ONGOING'", Long.class));
        assertThat(overview.themeSession().code()).isEqualTo("A/78/19");
        assertThat(overview.byTheme().get(0).group()).isEqualTo("Introduction");
        assertThat(overview.byTheme().stream().mapToLong(StatusBreakdown::total).sum()).isEqualTo(121);

        Long referring = jdbc.queryForObject("select count(distinct l.from_item_id) from item_link l where l.kind = 'REFERS_TO_PRIOR'",
                Long.class);
        CarryOver carried = overview.carryOver().stream().filter(c -> c.frameworkCode().equals("A/78/19")).findFirst()
                .orElseThrow();
        assertThat(carried.items()).isEqualTo(121);
        assertThat(carried.carriedOver()).isEqualTo(referring).isPositive();
        assertThat(carried.percent()).isEqualTo(Math.round(100.0 * referring / 121));

        assertThat(overview.oldestOpen()).hasSize(10).allSatisfy(o -> assertThat(o.item().sessionYear()).isEqualTo(2024));
        OpenRecommendation oldest = overview.oldestOpen().get(0);
        assertThat(oldest.firstSession()).isEqualTo(2023);
        assertThat(oldest.sessions()).isEqualTo(2);
    }

    @Test
    void draftsAndWorkInProgressNeverReachTheOverview() {
        long cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(cycle, List.of(38), "DPO", EDITOR);
        long item38 = register.item("A/78/19", 38).orElseThrow().id();
        workflow.saveDraft(cycle, item38, Status.IMPLEMENTED, "Drafted, not published.", null, FOCAL_DPO);
        assertThat(statistics.overview().bySession().get(0).count(Status.IMPLEMENTED)).isZero();
    }

    @Test
    void homePageDrawsEachChartWithATableOfTheSameNumbers() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("The register at a glance"),
                        containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\""),
                        containsString("viewBox=\"0 0 640 "),
                        containsString("aria-label=\"Recommendations of each session by current status. The table"),
                        containsString("<th scope=\"row\">2024 (A/78/19)</th>"),
                        containsString("Recommendations of the 2024 session (A/78/19) by theme and current status"),
                        containsString("Share carried over"),
                        containsString("Oldest open recommendations"),
                        not(containsString("NO_UPDATE_REQUESTED<")),
                        not(containsString("Reporting cycle in progress")))));
    }

    @Test
    void cycleProgressPerEntityIsShownOnlyToSignedInReaders() throws Exception {
        long cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(cycle, List.of(38, 39), "DPO", EDITOR);
        mvc.perform(get("/")).andExpect(content().string(not(containsString("Reporting cycle in progress"))));
        mvc.perform(get("/").with(user("delegate").roles("MEMBER_STATE")))
                .andExpect(content().string(allOf(containsString("Reporting cycle in progress"),
                        containsString("Reporting cycle 2025 (A/78/19): assigned items per entity and work state"),
                        containsString("<th scope=\"row\">DPO</th>"))));
    }
}
