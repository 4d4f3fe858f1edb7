package org.peacetrack.workflow;

import java.time.LocalDate;
import java.util.List;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where the workflow tests start: a wiped database, the 2024 addendum imported, the 2025 reporting cycle on
 * A/78/19 opened by an editor, and the given items assigned to DPO; recommendation 38 is the one they report on.
 */
public record AssignedCycle(long cycle, long item38) {

    public static final Actor FOCAL_DPO = new Actor("focal.dpo", "Focal DPO", Role.FOCAL_POINT, "DPO");
    public static final Actor FOCAL_DOS = new Actor("focal.dos", "Focal DOS", Role.FOCAL_POINT, "DOS");
    public static final Actor REVIEWER = new Actor("reviewer", "Reviewer", Role.REVIEWER, null);
    public static final Actor EDITOR = new Actor("editor", "Editor", Role.EDITOR, null);

    public static AssignedCycle open(JdbcTemplate jdbc, IngestionService ingestion, WorkflowService workflow,
            RegisterService register, Integer... items) {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        long cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(cycle, List.of(items), "DPO", EDITOR);
        return new AssignedCycle(cycle, register.item("A/78/19", 38).orElseThrow().id());
    }
}
