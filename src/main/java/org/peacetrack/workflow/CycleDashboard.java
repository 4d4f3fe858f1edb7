package org.peacetrack.workflow;

import java.util.List;

/** Progress of a reporting cycle, per entity and per theme, with the overdue items listed. */
public record CycleDashboard(CycleSummary cycle, List<String> states, List<DashboardRow> byEntity,
        List<DashboardRow> byTheme, List<WorkItem> overdue, DashboardRow total) {

    public static final List<String> STATES = List.of("NOT_STARTED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED",
            "PUBLISHED");
}
