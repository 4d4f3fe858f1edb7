package org.peacetrack.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.register.Viewer;
import org.peacetrack.register.WorkflowState;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who reads a draft, a return message and a published update, through the register and the cycle queries. */
@SpringBootTest
class UnpublishedWorkVisibilityTest {

    private static final Actor FOCAL_DPO = AssignedCycle.FOCAL_DPO;
    private static final Actor FOCAL_DOS = AssignedCycle.FOCAL_DOS;
    private static final Actor REVIEWER = AssignedCycle.REVIEWER;
    private static final Actor EDITOR = AssignedCycle.EDITOR;
    private static final Actor DELEGATE = WorkflowTest.DELEGATE;

    @Autowired
    WorkflowService workflow;
    @Autowired
    CycleQueries queries;
    @Autowired
    RegisterService register;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    long cycle;
    long drafted;
    long published;

    @BeforeEach
    void aDraftAndAnUpdatePublishedAfterItWasReturned() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(cycle, List.of(38, 39), "DPO", EDITOR);
        drafted = register.item("A/78/19", 38).orElseThrow().id();
        published = register.item("A/78/19", 39).orElseThrow().id();
        workflow.saveDraft(cycle, drafted, Status.IMPLEMENTED, "Draft text.", null, FOCAL_DPO);
        StatusView first = workflow.saveDraft(cycle, published, Status.IMPLEMENTED, "First text.", null, FOCAL_DPO);
        StatusView submitted = workflow.submit(first.id(), first.version(), FOCAL_DPO);
        StatusView returned = workflow.returnWithMessage(submitted.id(), "Add the date.", submitted.version(), REVIEWER);
        StatusView again = workflow.submit(returned.id(), returned.version(), FOCAL_DPO);
        StatusView approved = workflow.approve(again.id(), again.version(), REVIEWER);
        workflow.publish(approved.id(), approved.version(), EDITOR);
    }

    private List<WorkflowState> statesOf(long item, Viewer viewer) {
        return register.item(item, viewer).orElseThrow().history().stream().map(StatusView::workflowState).toList();
    }

    @Test
    void aDraftIsInTheHistoryOnlyForReviewersEditorsAndItsEntitysFocalPoint() {
        for (Actor reader : List.of(REVIEWER, EDITOR, FOCAL_DPO)) {
            assertThat(statesOf(drafted, Viewer.of(reader))).as(reader.username())
                    .containsExactly(WorkflowState.DRAFT, WorkflowState.PUBLISHED);
        }
        for (Viewer reader : List.of(Viewer.PUBLIC, Viewer.of(DELEGATE), Viewer.of(FOCAL_DOS))) {
            assertThat(statesOf(drafted, reader)).as(reader.toString()).containsExactly(WorkflowState.PUBLISHED);
        }
        assertThat(register.item(drafted).orElseThrow().history()).extracting(StatusView::narrative)
                .doesNotContain("Draft text.");
    }

    @Test
    void aPublishedUpdateIsPublicButTheMessageItWasReturnedWithIsNot() {
        assertThat(register.item(published, Viewer.of(DELEGATE)).orElseThrow().history().get(0))
                .satisfies(u -> assertThat(u.narrative()).isEqualTo("First text."))
                .satisfies(u -> assertThat(u.reviewMessage()).isNull());
        assertThat(register.item(published).orElseThrow().history().get(0).reviewMessage()).isNull();
        assertThat(register.item(published, Viewer.of(REVIEWER)).orElseThrow().history().get(0).reviewMessage())
                .isEqualTo("Add the date.");
    }

    @Test
    void aDelegateFollowsACyclesProgressWithoutItsTexts() {
        WorkItem seenByDelegate = queries.workItem(cycle, drafted, Viewer.of(DELEGATE)).orElseThrow();
        assertThat(seenByDelegate.state()).isEqualTo("DRAFT");
        assertThat(seenByDelegate.update()).isNull();
        assertThat(queries.workItem(cycle, drafted, Viewer.of(FOCAL_DOS)).orElseThrow().update()).isNull();
        assertThat(queries.workItem(cycle, drafted, Viewer.of(FOCAL_DPO)).orElseThrow().update().narrative())
                .isEqualTo("Draft text.");
        assertThat(queries.workItem(cycle, published, Viewer.of(DELEGATE)).orElseThrow().update())
                .satisfies(u -> assertThat(u.narrative()).isEqualTo("First text."))
                .satisfies(u -> assertThat(u.reviewMessage()).isNull());
        assertThat(queries.dashboard(cycle).overdue()).allSatisfy(w -> assertThat(w.update()).isNull());
        assertThat(queries.dashboard(cycle).total().count("DRAFT")).isEqualTo(1);
    }
}
