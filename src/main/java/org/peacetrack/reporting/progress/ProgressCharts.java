package org.peacetrack.reporting.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peacetrack.register.Status;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A progress report's two charts, labelled in the reader's language. */
@Component
class ProgressCharts {

    /** The dashboard's colours (ADR 0012): at least 3:1 on white, told apart by hue and lightness. */
    private static final Map<String, String> COLOURS = Map.ofEntries(
            Map.entry("ONGOING", "#1f5fa6"), Map.entry("IMPLEMENTED", "#2e7d32"), Map.entry("NOTED", "#5f6368"),
            Map.entry("BRIEFING_PENDING", "#9a5b00"), Map.entry("ADDRESSED_TO_MEMBER_STATES", "#6a3d9a"),
            Map.entry("NO_UPDATE_REQUESTED", "#8a8a8a"), Map.entry("SEE_PRIOR", "#2b7bb9"),
            Map.entry("NOT_STARTED", "#b3261e"), Map.entry("SUPERSEDED", "#37474f"), Map.entry("NARRATIVE", "#00796b"),
            Map.entry("NONE", "#ad1457"));

    private final MessageSource messages;

    ProgressCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** One bar per status, so that each count reads on its own line. */
    ReportChart statusDistribution(ProgressReport report, Locale locale) {
        List<ReportChart.Series> series = series(locale);
        ProgressReport.SessionCounts counts = report.statusCounts();
        List<ReportChart.Row> rows = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            long value = s < Status.values().length ? counts.count(Status.values()[s]) : counts.withoutStatus();
            if (value > 0) {
                List<Long> values = new ArrayList<>(java.util.Collections.nCopies(series.size(), 0L));
                values.set(s, value);
                rows.add(new ReportChart.Row(series.get(s).label(), values));
            }
        }
        return ReportChart.of("status-distribution", text("progress.chart.distribution", locale), series, rows, false);
    }

    /** One bar per session up to the report's, its recommendations in the same scope stacked by status. */
    ReportChart overSessions(ProgressReport report, Locale locale) {
        List<ReportChart.Series> series = series(locale);
        List<ReportChart.Row> rows = report.overSessions().stream().map(c -> {
            List<Long> values = new ArrayList<>();
            for (Status s : Status.values()) {
                values.add(c.count(s));
            }
            values.add(c.withoutStatus());
            return new ReportChart.Row(c.year() + " (" + c.session() + ")", values);
        }).toList();
        return ReportChart.of("over-sessions", text("progress.chart.overSessions", locale), series, rows, true);
    }

    private List<ReportChart.Series> series(Locale locale) {
        List<ReportChart.Series> series = new ArrayList<>();
        for (Status s : Status.values()) {
            series.add(new ReportChart.Series(s.name(), text("label.Status." + s.name(), locale), COLOURS.get(s.name())));
        }
        series.add(new ReportChart.Series("NONE", text("progress.noStatus", locale), COLOURS.get("NONE")));
        return series;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
