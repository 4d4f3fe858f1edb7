package org.peacetrack.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.peacetrack.register.CarryOver;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusBreakdown;
import org.peacetrack.workflow.CycleDashboard;
import org.peacetrack.workflow.DashboardRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The home page's charts, labelled in the reader's language from the message bundles. */
@Component
class DashboardCharts {

    /** Colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by hue and lightness. */
    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("ONGOING", "#1f5fa6"), Map.entry("IMPLEMENTED", "#2e7d32"), Map.entry("NOTED", "#5f6368"),
            Map.entry("BRIEFING_PENDING", "#9a5b00"), Map.entry("ADDRESSED_TO_MEMBER_STATES", "#6a3d9a"),
            Map.entry("NO_UPDATE_REQUESTED", "#8a8a8a"), Map.entry("SEE_PRIOR", "#2b7bb9"),
            Map.entry("NOT_STARTED", "#b3261e"), Map.entry("SUPERSEDED", "#37474f"), Map.entry("NARRATIVE", "#00796b"),
            Map.entry("NONE", "#ad1457"), Map.entry("CARRIED", "#1f5fa6"), Map.entry("NEW", "#9a5b00"),
            Map.entry("DRAFT", "#9a5b00"), Map.entry("SUBMITTED", "#6a3d9a"), Map.entry("RETURNED", "#b3261e"),
            Map.entry("APPROVED", "#2b7bb9"), Map.entry("PUBLISHED", "#2e7d32"));

    private final MessageSource messages;

    DashboardCharts(MessageSource messages) {
        this.messages = messages;
    }

    BarChart statuses(String id, String title, List<StatusBreakdown> groups, Locale locale) {
        List<BarChart.Series> series = new ArrayList<>();
        for (Status s : Status.values()) {
            series.add(new BarChart.Series(s.name(), text("label.Status." + s.name(), locale), COLOURS.get(s.name())));
        }
        series.add(new BarChart.Series("NONE", text("portal.noStatusYet", locale), COLOURS.get("NONE")));
        List<BarChart.Row> rows = groups.stream().map(g -> {
            List<Long> values = new ArrayList<>();
            for (Status s : Status.values()) {
                values.add(g.count(s));
            }
            values.add(g.withoutStatus());
            return new BarChart.Row(g.group(), values, null);
        }).toList();
        return BarChart.of(id, title, series, rows, null);
    }

    BarChart carryOver(List<CarryOver> sessions, Locale locale) {
        List<BarChart.Series> series = List.of(
                new BarChart.Series("CARRIED", text("portal.home.carried", locale), COLOURS.get("CARRIED")),
                new BarChart.Series("NEW", text("portal.home.new", locale), COLOURS.get("NEW")));
        List<BarChart.Row> rows = sessions.stream().map(c -> new BarChart.Row(c.sessionYear() + " (" + c.frameworkCode() + ")",
                List.of(c.carriedOver(), c.fresh()), c.percent() + " %")).toList();
        return BarChart.of("carry-over", text("portal.home.carryOverChart", locale), series, rows,
                text("portal.home.share", locale));
    }

    BarChart cycleProgress(CycleDashboard dashboard, Locale locale) {
        List<BarChart.Series> series = dashboard.states().stream().map(state -> new BarChart.Series(state,
                text(state.equals("NOT_STARTED") ? "portal.home.notStarted" : "label.WorkflowState." + state, locale),
                COLOURS.get(state))).toList();
        Function<DashboardRow, BarChart.Row> row = r -> new BarChart.Row(r.group(),
                dashboard.states().stream().map(r::count).toList(), String.valueOf(r.overdue()));
        return BarChart.of("cycle-progress", text("portal.home.cycleChart", locale, String.valueOf(dashboard.cycle().reportingYear()),
                dashboard.cycle().frameworkCode()), series, dashboard.byEntity().stream().map(row).toList(),
                text("portal.home.overdue", locale));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
