package org.peacetrack.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peacetrack.workflow.AssignedCycle.EDITOR;
import static org.peacetrack.workflow.AssignedCycle.FOCAL_DOS;
import static org.peacetrack.workflow.AssignedCycle.FOCAL_DPO;
import static org.peacetrack.workflow.AssignedCycle.REVIEWER;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.audit.AuditService;
import org.peacetrack.audit.Change;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.ConcurrentEditException;
import org.peacetrack.register.ForbiddenActionException;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.register.Viewer;
import org.peacetrack.register.WorkflowState;
import org.peacetrack.security.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14, items 1, 7 and 10: first drafts that race, long review messages, and items that change hands. */
@SpringBootTest
class FirstDraftAndReassignmentTest {


    @Autowired
    WorkflowService workflow;
    @Autowired
    AuditService audit;
    @Autowired
    RegisterService register;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    long cycle;
    long item38;

    @BeforeEach
    void cycleWithItem38AssignedToDpo() {
        AssignedCycle start = AssignedCycle.open(jdbc, ingestion, workflow, register, 38);
        cycle = start.cycle();
        item38 = start.item38();
    }

    private StatusView firstDraft(String text, Actor actor) {
        return workflow.saveDraft(cycle, item38, Status.IMPLEMENTED, text, WorkflowService.NO_UPDATE_YET, actor);
    }

    @Test
    void theSameFirstDraftSentTwiceIsSavedOnce() {
        StatusView first = firstDraft("The vetting policy was issued.", FOCAL_DPO);
        StatusView again = firstDraft("The vetting policy was issued.", FOCAL_DPO);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(jdbc.queryForObject("select count(*) from status_update where cycle_id = ?", Integer.class, cycle))
                .isEqualTo(1);
    }

    @Test
    void aFirstDraftDoesNotOverwriteOneSavedWhileTheFormWasOpen() {
        firstDraft("My colleague's text.", FOCAL_DPO);

        assertThatThrownBy(() -> firstDraft("My text, written on a form opened before theirs was saved.", FOCAL_DPO))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(register.item(item38, Viewer.of(REVIEWER)).orElseThrow().history().get(0).narrative()).isEqualTo("My colleague's text.");
    }

    @Test
    void aLongReviewMessageIsKeptAndTheUpdateCanStillBeRevised() {
        StatusView draft = firstDraft("The vetting policy was issued.", FOCAL_DPO);
        StatusView submitted = workflow.submit(draft.id(), draft.version(), FOCAL_DPO);
        String message = "Please say when and by whom it was issued. ".repeat(90).strip();

        StatusView returned = workflow.returnWithMessage(submitted.id(), message, submitted.version(), REVIEWER);
        StatusView revised = workflow.saveDraft(cycle, item38, Status.IMPLEMENTED, "Issued in March 2025 by DPO.",
                returned.version(), FOCAL_DPO);
        StatusView resubmitted = workflow.submit(revised.id(), revised.version(), FOCAL_DPO);

        assertThat(message.length()).isGreaterThan(3800);
        assertThat(resubmitted.workflowState()).isEqualTo(WorkflowState.SUBMITTED);
        assertThat(returned.reviewMessage()).isEqualTo(message);
    }

    @Test
    void aReviewMessageOverTheLimitIsRefusedWithAMessage() {
        StatusView draft = firstDraft("The vetting policy was issued.", FOCAL_DPO);
        StatusView submitted = workflow.submit(draft.id(), draft.version(), FOCAL_DPO);

        assertThatThrownBy(() -> workflow.returnWithMessage(submitted.id(), "x".repeat(4001), submitted.version(),
                REVIEWER)).isInstanceOf(InvalidInputException.class).hasMessageContaining("4000");
    }

    @Test
    void theChangeLogShowsTheReturnMessageOnlyAfterTheReturn() {
        StatusView draft = firstDraft("The vetting policy was issued.", FOCAL_DPO);
        StatusView submitted = workflow.submit(draft.id(), draft.version(), FOCAL_DPO);
        workflow.returnWithMessage(submitted.id(), "Add the date of issue.", submitted.version(), REVIEWER);

        Change returned = audit.forItem(item38, Viewer.of(REVIEWER)).stream()
                .filter(c -> c.after() != null && c.after().workflowState() == WorkflowState.RETURNED)
                .findFirst().orElseThrow();
        assertThat(returned.after().message()).isEqualTo("Add the date of issue.");
        assertThat(returned.before().workflowState()).isEqualTo(WorkflowState.SUBMITTED);
        assertThat(returned.before().message()).isNull();
    }

    @Test
    void afterReassignmentOnlyTheNewEntitySubmits() {
        firstDraft("DPO's text.", FOCAL_DPO);
        workflow.assign(cycle, List.of(38), "DOS", EDITOR);
        StatusView current = register.item(item38, Viewer.of(REVIEWER)).orElseThrow().history().stream()
                .filter(s -> s.cycleId() != null).findFirst().orElseThrow();

        assertThatThrownBy(() -> workflow.submit(current.id(), current.version(), FOCAL_DPO))
                .isInstanceOf(ForbiddenActionException.class);
        StatusView revised = workflow.saveDraft(cycle, item38, Status.ONGOING, "DOS's text.", current.version(),
                FOCAL_DOS);
        StatusView submitted = workflow.submit(revised.id(), revised.version(), FOCAL_DOS);

        assertThat(submitted.workflowState()).isEqualTo(WorkflowState.SUBMITTED);
        assertThat(submitted.entityCode()).isEqualTo("DOS");
    }
}
