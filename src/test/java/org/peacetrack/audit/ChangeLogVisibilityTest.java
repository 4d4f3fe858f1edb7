package org.peacetrack.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.register.Transition;
import org.peacetrack.register.UpdateSnapshot;
import org.peacetrack.register.Viewer;
import org.peacetrack.register.WorkflowState;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The change log follows the same rule as the register: unpublished work and return messages stay internal. */
@SpringBootTest
class ChangeLogVisibilityTest {

    private static final Actor FOCAL_DPO = new Actor("focal.dpo", "Focal DPO", Role.FOCAL_POINT, "DPO");
    private static final Actor FOCAL_DOS = new Actor("focal.dos", "Focal DOS", Role.FOCAL_POINT, "DOS");
    private static final Actor REVIEWER = new Actor("reviewer", "Reviewer", Role.REVIEWER, null);
    private static final Actor EDITOR = new Actor("editor", "Editor", Role.EDITOR, null);
    private static final Actor DELEGATE = new Actor("delegate", "Delegate", Role.MEMBER_STATE, null);

    @Autowired
    AuditService audit;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RegisterService register;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    long drafted;
    long published;

    @BeforeEach
    void aDraftAndAnUpdatePublishedAfterItWasReturned() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        long cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(cycle, List.of(38, 39), "DPO", EDITOR);
        drafted = register.item("A/78/19", 38).orElseThrow().id();
        published = register.item("A/78/19", 39).orElseThrow().id();
        workflow.saveDraft(cycle, drafted, Status.IMPLEMENTED, "Draft text.", null, FOCAL_DPO);
        StatusView first = workflow.saveDraft(cycle, published, Status.IMPLEMENTED, "First text.", null, FOCAL_DPO);
        StatusView submitted = workflow.submit(first.id(), first.version(), FOCAL_DPO);
        StatusView returned = workflow.returnWithMessage(submitted.id(), "Add the date.", submitted.version(), REVIEWER);
        StatusView revised = workflow.saveDraft(cycle, published, Status.IMPLEMENTED, "Issued in March.",
                returned.version(), FOCAL_DPO);
        StatusView again = workflow.submit(revised.id(), revised.version(), FOCAL_DPO);
        StatusView approved = workflow.approve(again.id(), again.version(), REVIEWER);
        workflow.publish(approved.id(), approved.version(), EDITOR);
    }

    @Test
    void publicReadersSeeOnlyThePublicationWithoutTheReturnMessageOrEarlierTexts() {
        for (Viewer reader : List.of(Viewer.PUBLIC, Viewer.of(DELEGATE), Viewer.of(FOCAL_DOS))) {
            assertThat(audit.forItem(drafted, reader)).as(reader.toString()).isEmpty();
            List<Change> log = audit.forItem(published, reader);
            assertThat(log).as(reader.toString()).singleElement().satisfies(c -> {
                assertThat(c.action()).isEqualTo(Transition.PUBLISHED);
                assertThat(c.actor()).isEqualTo("editor");
                assertThat(c.before()).isNull();
                assertThat(c.after()).isEqualTo(new UpdateSnapshot(WorkflowState.PUBLISHED, Status.IMPLEMENTED,
                        null, 0, "Issued in March."));
            });
            assertThat(audit.all(reader)).extracting(Change::action).containsExactly(Transition.PUBLISHED);
        }
    }

    @Test
    void workflowRolesSeeEveryTransitionWithItsMessage() {
        for (Actor reader : List.of(REVIEWER, EDITOR, FOCAL_DPO)) {
            List<Change> log = audit.forItem(published, Viewer.of(reader));
            assertThat(log).as(reader.username()).extracting(Change::action).containsExactly(Transition.DRAFTED,
                    Transition.SUBMITTED, Transition.RETURNED, Transition.REVISED, Transition.SUBMITTED,
                    Transition.APPROVED, Transition.PUBLISHED);
            assertThat(log.get(2).after().message()).isEqualTo("Add the date.");
            assertThat(audit.forItem(drafted, Viewer.of(reader))).extracting(Change::action)
                    .containsExactly(Transition.DRAFTED);
        }
    }
}
