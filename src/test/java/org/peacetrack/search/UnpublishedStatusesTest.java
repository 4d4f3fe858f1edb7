package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Search is public: a focal point's draft stays out of it until it is published. */
@SpringBootTest
class UnpublishedStatusesTest {

    private static final Actor FOCAL_DPO = new Actor("focal.dpo", "Focal DPO", Role.FOCAL_POINT, "DPO");
    private static final Actor EDITOR = new Actor("editor", "Editor", Role.EDITOR, null);
    private static final Actor REVIEWER = new Actor("reviewer", "Reviewer", Role.REVIEWER, null);

    @Autowired
    SearchService search;
    @Autowired
    IndexMaintenance index;
    @Autowired
    IngestionService ingestion;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importAddendum() throws InterruptedException {
        SearchFixture.onlyTheAddendum(jdbc, index, ingestion);
    }

    @Test
    void aDraftIsFoundOnlyOncePublished() {
        long cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(cycle, List.of(38), "DPO", EDITOR);
        long item38 = register.item("A/78/19", 38).orElseThrow().id();
        StatusView draft = workflow.saveDraft(cycle, item38, Status.IMPLEMENTED,
                "The zygomorphic vetting policy was issued.", null, FOCAL_DPO);

        assertThat(search.search(SearchRequest.of("zygomorphic")).total()).isZero();

        StatusView submitted = workflow.submit(draft.id(), draft.version(), FOCAL_DPO);
        StatusView approved = workflow.approve(submitted.id(), submitted.version(), REVIEWER);
        workflow.publish(approved.id(), approved.version(), EDITOR);

        assertThat(search.search(SearchRequest.of("zygomorphic")).hits()).extracting(SearchHit::type)
                .containsExactly(HitType.STATUS_UPDATE);
    }
}
