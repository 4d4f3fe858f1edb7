package org.peacetrack.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.lineage.LineageService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Reported ongoing in N sessions" counts what each session's published reports said, up to the item's own. */
@SpringBootTest
class ReportedOngoingTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;
    @Autowired
    LineageService lineage;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JdbcTemplate jdbc;

    long item38;
    long placeholder37;

    @BeforeEach
    void importAddendum() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        item38 = register.item("A/78/19", 38).orElseThrow().id();
        placeholder37 = register.item("A/77/19", 37).orElseThrow().id();
    }

    private int reportedOngoing(long id) {
        return lineage.lineage(register.item(id).orElseThrow()).sessionsOngoing();
    }

    @Test
    void aPlaceholderWithNoStatusIsNotReportedOngoingBecauseOfALaterSession() {
        assertThat(register.item(placeholder37).orElseThrow().item().currentStatus()).isNull();
        assertThat(reportedOngoing(placeholder37)).isZero();
        assertThat(reportedOngoing(item38)).isEqualTo(1);
    }

    @Test
    void aPublishedUpdateDoesNotEraseWhatTheSessionsReportSaid() {
        long cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), AssignedCycle.EDITOR).id();
        workflow.assign(cycle, List.of(38), "DPO", AssignedCycle.EDITOR);
        StatusView draft = workflow.saveDraft(cycle, item38, Status.IMPLEMENTED, "Done.", null, AssignedCycle.FOCAL_DPO);
        StatusView submitted = workflow.submit(draft.id(), draft.version(), AssignedCycle.FOCAL_DPO);
        StatusView approved = workflow.approve(submitted.id(), submitted.version(), AssignedCycle.REVIEWER);
        workflow.publish(approved.id(), approved.version(), AssignedCycle.EDITOR);

        assertThat(register.item(item38).orElseThrow().item().currentStatus()).isEqualTo(Status.IMPLEMENTED);
        assertThat(reportedOngoing(item38)).isEqualTo(1);
        assertThat(lineage.lineage(item38).orElseThrow().sessionsOngoing()).isEqualTo(1);
    }
}
