package org.peacetrack.workflow.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.peacetrack.reference.ReferenceData;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.ThemeCount;
import org.peacetrack.register.Viewer;
import org.peacetrack.security.Actor;
import org.peacetrack.security.CurrentActor;
import org.peacetrack.security.Role;
import org.peacetrack.workflow.CycleDashboard;
import org.peacetrack.workflow.CycleQueries;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reporting cycles: open and close one, assign items to entities, and follow progress on the dashboard. */
@Controller
class CyclePages {

    private final WorkflowService workflow;
    private final CycleQueries queries;
    private final RegisterService register;
    private final ReferenceData reference;
    private final CurrentActor current;
    private final MessageSource messages;

    CyclePages(WorkflowService workflow, CycleQueries queries, RegisterService register, ReferenceData reference,
            CurrentActor current, MessageSource messages) {
        this.workflow = workflow;
        this.queries = queries;
        this.register = register;
        this.reference = reference;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/cycles")
    String list(Model model) {
        model.addAttribute("cycles", queries.progress());
        model.addAttribute("frameworks", register.principalFrameworks());
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("canManage", current.require().hasRole(Role.EDITOR, Role.ADMIN));
        return "cycles";
    }

    @PostMapping("/cycles")
    String open(@RequestParam String framework, @RequestParam int year, @RequestParam LocalDate deadline) {
        long id = workflow.openCycle(framework, year, deadline, current.require()).id();
        return "redirect:/cycles/" + id;
    }

    @GetMapping("/cycles/{id}")
    String dashboard(@PathVariable long id, Model model) {
        Actor me = current.require();
        CycleDashboard dashboard = queries.cycle(id).map(c -> queries.dashboard(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No reporting cycle " + id));
        model.addAttribute("dashboard", dashboard);
        String entity = me.role() == Role.FOCAL_POINT ? me.entityCode() : null;
        model.addAttribute("work", queries.workItems(id, entity, Viewer.of(me)));
        model.addAttribute("canManage", me.hasRole(Role.EDITOR, Role.ADMIN));
        model.addAttribute("entities", reference.entities());
        model.addAttribute("themes", register.listing(dashboard.cycle().frameworkCode(), null)
                .map(l -> l.themes().stream().map(ThemeCount::theme).toList()).orElse(List.of()));
        return "cycle";
    }

    @PostMapping("/cycles/{id}/assignments")
    String assign(@PathVariable long id, @RequestParam String numbers, @RequestParam String entity,
            RedirectAttributes redirect, Locale locale) {
        int assigned = workflow.assign(id, ItemNumbers.parse(numbers), entity, current.require());
        return assigned(id, assigned, entity, redirect, locale);
    }

    @PostMapping("/cycles/{id}/assignments/theme")
    String assignTheme(@PathVariable long id, @RequestParam String theme, @RequestParam String entity,
            RedirectAttributes redirect, Locale locale) {
        int assigned = workflow.assignTheme(id, theme, entity, current.require());
        return assigned(id, assigned, entity, redirect, locale);
    }

    @PostMapping("/cycles/{id}/assignments/{itemId}/remove")
    String unassign(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect, Locale locale) {
        workflow.unassign(id, itemId, current.require());
        redirect.addFlashAttribute("notice", messages.getMessage("cycle.unassigned", null, locale));
        return "redirect:/cycles/" + id;
    }

    @PostMapping("/cycles/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        workflow.closeCycle(id, current.require());
        redirect.addFlashAttribute("notice", messages.getMessage("cycle.closedNotice", null, locale));
        return "redirect:/cycles/" + id;
    }

    private String assigned(long id, int count, String entity, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("notice", messages.getMessage("cycle.assigned.notice",
                new Object[] {count, entity.strip().toUpperCase(Locale.ROOT)}, locale));
        return "redirect:/cycles/" + id;
    }
}
