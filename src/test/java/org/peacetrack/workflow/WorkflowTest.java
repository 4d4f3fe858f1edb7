package org.peacetrack.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peacetrack.workflow.AssignedCycle.EDITOR;
import static org.peacetrack.workflow.AssignedCycle.FOCAL_DOS;
import static org.peacetrack.workflow.AssignedCycle.FOCAL_DPO;
import static org.peacetrack.workflow.AssignedCycle.REVIEWER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.audit.AuditService;
import org.peacetrack.audit.Change;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.ConcurrentEditException;
import org.peacetrack.register.Evidence;
import org.peacetrack.register.ForbiddenActionException;
import org.peacetrack.register.ItemView;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.register.Transition;
import org.peacetrack.register.UpdateSnapshot;
import org.peacetrack.register.Viewer;
import org.peacetrack.register.WorkflowException;
import org.peacetrack.register.WorkflowState;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class WorkflowTest {

    static final Actor DELEGATE = new Actor("delegate", "Delegate", Role.MEMBER_STATE, null);

    @Autowired
    WorkflowService workflow;
    @Autowired
    CycleQueries queries;
    @Autowired
    RegisterService register;
    @Autowired
    AuditService audit;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    long cycle;
    long item38;

    @BeforeEach
    void cycleWithItem38AssignedToDpo() {
        AssignedCycle start = AssignedCycle.open(jdbc, ingestion, workflow, register, 38, 39, 112);
        cycle = start.cycle();
        item38 = start.item38();
    }

    private StatusView draft(Actor actor) {
        return workflow.saveDraft(cycle, item38, Status.IMPLEMENTED, "The vetting policy was issued.", null, actor);
    }

    private StatusView submit(StatusView draft) {
        return workflow.submit(draft.id(), draft.version(), FOCAL_DPO);
    }

    @Test
    void focalPointDraftsAndSubmitsForTheirOwnEntity() {
        StatusView draft = draft(FOCAL_DPO);
        StatusView submitted = workflow.submit(draft.id(), draft.version(), FOCAL_DPO);

        assertThat(draft.workflowState()).isEqualTo(WorkflowState.DRAFT);
        assertThat(submitted.workflowState()).isEqualTo(WorkflowState.SUBMITTED);
        assertThat(queries.workItem(cycle, item38, Viewer.of(FOCAL_DPO)).orElseThrow().state()).isEqualTo("SUBMITTED");
    }

    @Test
    void nobodyElseMayDraftForAnEntity() {
        for (Actor other : List.of(FOCAL_DOS, REVIEWER, EDITOR, DELEGATE)) {
            assertThatThrownBy(() -> draft(other)).as(other.username())
                    .isInstanceOf(ForbiddenActionException.class).hasMessageContaining("may not report for DPO");
        }
    }

    @Test
    void reviewerReturnsWithAMessageAndTheFocalPointRevisesAndResubmits() {
        StatusView submitted = submit(draft(FOCAL_DPO));
        StatusView returned = workflow.returnWithMessage(submitted.id(), "Say when it was issued.", submitted.version(),
                REVIEWER);
        StatusView revised = workflow.saveDraft(cycle, item38, Status.IMPLEMENTED, "Issued in March 2025.",
                returned.version(), FOCAL_DPO);
        StatusView resubmitted = workflow.submit(revised.id(), revised.version(), FOCAL_DPO);

        assertThat(returned.workflowState()).isEqualTo(WorkflowState.RETURNED);
        assertThat(returned.reviewMessage()).isEqualTo("Say when it was issued.");
        assertThat(resubmitted.workflowState()).isEqualTo(WorkflowState.SUBMITTED);
        assertThat(resubmitted.narrative()).isEqualTo("Issued in March 2025.");
    }

    @Test
    void returningWithoutAMessageIsRefused() {
        StatusView submitted = submit(draft(FOCAL_DPO));
        assertThatThrownBy(() -> workflow.returnWithMessage(submitted.id(), " ", submitted.version(), REVIEWER))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("needs a message");
    }

    @Test
    void onlyReviewersApproveOrReturnAndOnlyEditorsPublish() {
        StatusView submitted = submit(draft(FOCAL_DPO));
        for (Actor other : List.of(FOCAL_DPO, EDITOR, DELEGATE)) {
            assertThatThrownBy(() -> workflow.approve(submitted.id(), submitted.version(), other))
                    .isInstanceOf(ForbiddenActionException.class);
            assertThatThrownBy(() -> workflow.returnWithMessage(submitted.id(), "no", submitted.version(), other))
                    .isInstanceOf(ForbiddenActionException.class);
        }
        StatusView approved = workflow.approve(submitted.id(), submitted.version(), REVIEWER);
        for (Actor other : List.of(FOCAL_DPO, REVIEWER, DELEGATE)) {
            assertThatThrownBy(() -> workflow.publish(approved.id(), approved.version(), other))
                    .isInstanceOf(ForbiddenActionException.class);
        }
    }

    @Test
    void transitionsOutOfOrderAreClearErrors() {
        StatusView draft = draft(FOCAL_DPO);
        assertThatThrownBy(() -> workflow.approve(draft.id(), draft.version(), REVIEWER))
                .isInstanceOf(WorkflowException.class).hasMessage("Cannot approve an update that is DRAFT: only a submitted update can be.");
        assertThatThrownBy(() -> workflow.publish(draft.id(), draft.version(), EDITOR))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("only an approved update");
        StatusView submitted = workflow.submit(draft.id(), draft.version(), FOCAL_DPO);
        assertThatThrownBy(() -> workflow.saveDraft(cycle, item38, Status.ONGOING, "late edit", submitted.version(), FOCAL_DPO))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("Cannot revise an update that is SUBMITTED");
    }

    @Test
    void publishingMakesItCurrentAndKeepsTheImportedStatusInTheHistory() {
        StatusView submitted = submit(draft(FOCAL_DPO));
        StatusView approved = workflow.approve(submitted.id(), submitted.version(), REVIEWER);
        workflow.publish(approved.id(), approved.version(), EDITOR);

        ItemView item = register.item(item38).orElseThrow();
        assertThat(item.item().currentStatus()).isEqualTo(Status.IMPLEMENTED);
        assertThat(item.history()).extracting(StatusView::status).containsExactly(Status.IMPLEMENTED, Status.ONGOING);
        assertThat(item.history()).extracting(StatusView::setBy).containsExactly("focal.dpo", "importer");
    }

    @Test
    void everyTransitionIsLoggedWithWhoBeforeAndAfter() {
        StatusView submitted = submit(draft(FOCAL_DPO));
        StatusView approved = workflow.approve(submitted.id(), submitted.version(), REVIEWER);
        workflow.publish(approved.id(), approved.version(), EDITOR);

        List<Change> log = audit.forItem(item38, Viewer.of(EDITOR));
        assertThat(log).extracting(Change::action).containsExactly(Transition.DRAFTED, Transition.SUBMITTED,
                Transition.APPROVED, Transition.PUBLISHED);
        assertThat(log).extracting(Change::actor).containsExactly("focal.dpo", "focal.dpo", "reviewer", "editor");
        assertThat(log.get(1).before()).extracting(UpdateSnapshot::workflowState, UpdateSnapshot::status)
                .containsExactly(WorkflowState.DRAFT, Status.IMPLEMENTED);
        assertThat(log.get(1).after()).extracting(UpdateSnapshot::workflowState, UpdateSnapshot::status)
                .containsExactly(WorkflowState.SUBMITTED, Status.IMPLEMENTED);
    }

    @Test
    void aStaleEditIsDetectedAndDoesNotOverwriteTheOtherOne() {
        StatusView first = draft(FOCAL_DPO);
        workflow.saveDraft(cycle, item38, Status.ONGOING, "Colleague's text", first.version(), FOCAL_DPO);

        assertThatThrownBy(() -> workflow.saveDraft(cycle, item38, Status.ONGOING, "My text", first.version(), FOCAL_DPO))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("Your text is kept");
        assertThat(queries.workItem(cycle, item38, Viewer.of(FOCAL_DPO)).orElseThrow().update().narrative()).isEqualTo("Colleague's text");
    }

    @Test
    void dashboardCountsPerEntityAndThemeAndFlagsOverdueItems() {
        long late = workflow.openCycle("A/78/19", 2024, LocalDate.now().plusDays(1), EDITOR).id();
        workflow.assign(late, List.of(38, 39), "DPO", EDITOR);
        workflow.assign(late, List.of(112), "DOS", EDITOR);
        long item39 = register.item("A/78/19", 39).orElseThrow().id();
        StatusView d = workflow.saveDraft(late, item39, Status.ONGOING, "text", null, FOCAL_DPO);
        StatusView s = submit(d);
        workflow.approve(s.id(), s.version(), REVIEWER);
        deadlinePassed(late);

        CycleDashboard dashboard = queries.dashboard(late);
        DashboardRow dpo = dashboard.byEntity().get(1);
        assertThat(dpo.group()).isEqualTo("DPO");
        assertThat(dpo.count("NOT_STARTED")).isEqualTo(1);
        assertThat(dpo.count("APPROVED")).isEqualTo(1);
        assertThat(dpo.overdue()).isEqualTo(1);
        assertThat(dashboard.byTheme()).extracting(DashboardRow::group).contains("Politics");
        assertThat(dashboard.overdue()).extracting(w -> w.item().number()).containsExactlyInAnyOrder(38, 112);
    }

    /** Moves the cycle's deadline to yesterday, as time passing would. */
    private void deadlinePassed(long cycleId) {
        jdbc.update("update reporting_cycle set deadline = ? where id = ?", LocalDate.now().minusDays(1), cycleId);
    }

    @Test
    void focalPointAttachesWebEvidenceThatStaysWithThePublishedUpdate() {
        StatusView draft = draft(FOCAL_DPO);
        workflow.attachEvidence(draft.id(), "Vetting policy (2025)", "https://example.org/policy.pdf", FOCAL_DPO);
        assertThatThrownBy(() -> workflow.attachEvidence(draft.id(), "Bad", "javascript:alert(1)", FOCAL_DPO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
        assertThatThrownBy(() -> workflow.attachEvidence(draft.id(), "Other", "https://example.org", FOCAL_DOS))
                .isInstanceOf(ForbiddenActionException.class);
        StatusView submitted = submit(queries.workItem(cycle, item38, Viewer.of(FOCAL_DPO)).orElseThrow().update());
        assertThatThrownBy(() -> workflow.attachEvidence(submitted.id(), "Late", "https://example.org", FOCAL_DPO))
                .isInstanceOf(WorkflowException.class);
        StatusView approved = workflow.approve(submitted.id(), submitted.version(), REVIEWER);
        workflow.publish(approved.id(), approved.version(), EDITOR);

        assertThat(register.item(item38).orElseThrow().history().get(0).evidence())
                .extracting(Evidence::url).containsExactly("https://example.org/policy.pdf");
        assertThat(audit.forItem(item38, Viewer.of(EDITOR))).extracting(Change::action).contains(Transition.REVISED);
    }

    @Test
    void onlyEditorsOpenCyclesAndAssign() {
        assertThatThrownBy(() -> workflow.openCycle("A/78/19", 2030, LocalDate.now().plusDays(1), FOCAL_DPO))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> workflow.assign(cycle, List.of(40), "DOS", REVIEWER))
                .isInstanceOf(ForbiddenActionException.class);
    }

    @Test
    void aCycleCannotBeOpenedWithADeadlineInThePast() {
        assertThatThrownBy(() -> workflow.openCycle("A/78/19", 2031, LocalDate.now().minusDays(2), EDITOR))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("is in the past");
        assertThat(queries.progress()).hasSize(1);
    }

    @Test
    void afterTheDeadlineDraftsAndSubmissionsAreRefusedButReviewGoesOn() {
        StatusView draft = draft(FOCAL_DPO);
        StatusView submitted = submit(draft(FOCAL_DPO));
        long item39 = register.item("A/78/19", 39).orElseThrow().id();
        deadlinePassed(cycle);

        assertThatThrownBy(() -> workflow.saveDraft(cycle, item39, Status.ONGOING, "late", null, FOCAL_DPO))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("has passed");
        StatusView approved = workflow.approve(submitted.id(), submitted.version(), REVIEWER);
        assertThat(approved.workflowState()).isEqualTo(WorkflowState.APPROVED);
        assertThat(draft.id()).isEqualTo(submitted.id());
    }

    @Test
    void aClosedCycleRefusesDraftsAndSubmissionsAndOnlyEditorsCloseIt() {
        StatusView draft = draft(FOCAL_DPO);
        assertThatThrownBy(() -> workflow.closeCycle(cycle, FOCAL_DPO)).isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> workflow.closeCycle(cycle, REVIEWER)).isInstanceOf(ForbiddenActionException.class);

        CycleSummary closed = workflow.closeCycle(cycle, EDITOR);

        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedBy()).isEqualTo("editor");
        assertThatThrownBy(() -> workflow.submit(draft.id(), draft.version(), FOCAL_DPO))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("is closed");
        assertThatThrownBy(() -> workflow.saveDraft(cycle, item38, Status.ONGOING, "more", draft.version(), FOCAL_DPO))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("is closed");
        assertThatThrownBy(() -> workflow.closeCycle(cycle, EDITOR)).isInstanceOf(WorkflowException.class);
    }

    @Test
    void onlyEntitiesOfTheReferenceDataCanBeAssignedAndTheirCodeIsNormalised() {
        assertThatThrownBy(() -> workflow.assign(cycle, List.of(40), "XYZ", EDITOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"XYZ\" is not an entity");
        workflow.assign(cycle, List.of(40), " dos ", EDITOR);

        assertThat(queries.dashboard(cycle).byEntity()).extracting(DashboardRow::group).containsExactly("DOS", "DPO");
    }

    @Test
    void anAssignmentIsRemovedUntilTheEntityHasStartedAnUpdate() {
        long item39 = register.item("A/78/19", 39).orElseThrow().id();
        draft(FOCAL_DPO);
        assertThatThrownBy(() -> workflow.unassign(cycle, item39, FOCAL_DPO)).isInstanceOf(ForbiddenActionException.class);

        workflow.unassign(cycle, item39, EDITOR);

        assertThat(queries.workItems(cycle, null, Viewer.of(EDITOR))).extracting(w -> w.item().number()).containsExactly(38, 112);
        assertThatThrownBy(() -> workflow.unassign(cycle, item38, EDITOR))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("has started an update");
    }

    @Test
    void anEditorAssignsEveryItemOfAThemeAtOnce() {
        long politics = register.listing("A/78/19", "Politics").orElseThrow().items().size();

        int assigned = workflow.assignTheme(cycle, "Politics", "DOS", EDITOR);

        assertThat(politics).isPositive();
        assertThat(queries.workItems(cycle, "DOS", Viewer.of(EDITOR))).hasSize((int) politics)
                .allMatch(w -> "Politics".equals(w.item().theme()));
        assertThat(assigned).isEqualTo(politics);
        assertThatThrownBy(() -> workflow.assignTheme(cycle, "No such theme", "DOS", EDITOR))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void cyclesShowProgressAsApprovedOrPublishedOverAssigned() {
        StatusView submitted = submit(draft(FOCAL_DPO));
        workflow.approve(submitted.id(), submitted.version(), REVIEWER);

        CycleProgress progress = queries.progress().get(0);

        assertThat(progress.assigned()).isEqualTo(3);
        assertThat(progress.approved()).isEqualTo(1);
        assertThat(progress.percentDone()).isEqualTo(33);
    }

    @Test
    void eachRoleIsToldWhatWaitsForIt() {
        StatusView submitted = submit(draft(FOCAL_DPO));

        assertThat(queries.waitingFor(FOCAL_DPO)).extracting(w -> w.item().number()).containsExactly(39, 112);
        assertThat(queries.waitingFor(FOCAL_DOS)).isEmpty();
        assertThat(queries.waitingFor(REVIEWER)).extracting(w -> w.item().number()).containsExactly(38);
        workflow.approve(submitted.id(), submitted.version(), REVIEWER);
        assertThat(queries.waitingFor(EDITOR)).extracting(w -> w.item().number()).containsExactly(38);
        assertThat(queries.waitingFor(DELEGATE)).isEmpty();
        deadlinePassed(cycle);
        assertThat(queries.waitingFor(FOCAL_DPO)).as("nothing can be reported after the deadline").isEmpty();
    }
}
