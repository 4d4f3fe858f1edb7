package org.peacetrack.portal.web;

import java.util.Locale;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.register.RegisterOverview;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.RegisterStatistics;
import org.peacetrack.security.CurrentActor;
import org.peacetrack.workflow.CycleProgress;
import org.peacetrack.workflow.CycleQueries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: search, the sessions, and a dashboard of published statuses. Signed-in readers (every
 * role may follow reporting cycles) also see the newest cycle's progress per entity.
 */
@Controller
class HomePage {

    private final RegisterService register;
    private final DocumentService documents;
    private final RegisterStatistics statistics;
    private final CycleQueries cycles;
    private final CurrentActor current;
    private final DashboardCharts charts;
    private final MessageSource messages;

    HomePage(RegisterService register, DocumentService documents, RegisterStatistics statistics, CycleQueries cycles,
            CurrentActor current, DashboardCharts charts, MessageSource messages) {
        this.register = register;
        this.documents = documents;
        this.statistics = statistics;
        this.cycles = cycles;
        this.current = current;
        this.charts = charts;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        model.addAttribute("frameworks", register.principalFrameworks());
        model.addAttribute("documentCount", documents.count());
        RegisterOverview overview = statistics.overview();
        model.addAttribute("overview", overview);
        if (!overview.isEmpty()) {
            model.addAttribute("bySession", charts.statuses("by-session",
                    messages.getMessage("portal.home.bySessionChart", null, locale), overview.bySession(), locale));
            model.addAttribute("carryOver", charts.carryOver(overview.carryOver(), locale));
        }
        if (overview.themeSession() != null) {
            model.addAttribute("byTheme", charts.statuses("by-theme", messages.getMessage("portal.home.byThemeChart",
                    new Object[] {String.valueOf(overview.themeSession().sessionYear()), overview.themeSession().code()}, locale),
                    overview.byTheme(), locale));
        }
        if (current.get().isPresent()) {
            cycles.progress().stream().map(CycleProgress::cycle).findFirst().ifPresent(cycle -> {
                model.addAttribute("cycle", cycle);
                model.addAttribute("cycleProgress", charts.cycleProgress(cycles.dashboard(cycle.id()), locale));
            });
        }
        return "home";
    }
}
