package org.peacetrack.tracking.web;

import java.time.LocalDate;
import java.util.Locale;
import org.peacetrack.security.Actor;
import org.peacetrack.security.CurrentActor;
import org.peacetrack.security.Role;
import org.peacetrack.tracking.CycleQueries;
import org.peacetrack.tracking.RegisterService;
import org.peacetrack.tracking.Viewer;
import org.peacetrack.tracking.WorkflowService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reporting cycles: open one, assign items to entities, and follow progress on the dashboard. */
@Controller
class CyclePages {

    private final WorkflowService workflow;
    private final CycleQueries queries;
    private final RegisterService register;
    private final CurrentActor current;

    CyclePages(WorkflowService workflow, CycleQueries queries, RegisterService register, CurrentActor current) {
        this.workflow = workflow;
        this.queries = queries;
        this.register = register;
        this.current = current;
    }

    @GetMapping("/cycles")
    String list(Model model) {
        model.addAttribute("cycles", queries.cycles());
        model.addAttribute("frameworks", register.principalFrameworks());
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
        model.addAttribute("dashboard", queries.cycle(id).map(c -> queries.dashboard(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No reporting cycle " + id)));
        String entity = me.role() == Role.FOCAL_POINT ? me.entityCode() : null;
        model.addAttribute("work", queries.workItems(id, entity, Viewer.of(me)));
        model.addAttribute("canManage", me.hasRole(Role.EDITOR, Role.ADMIN));
        return "cycle";
    }

    @PostMapping("/cycles/{id}/assignments")
    String assign(@PathVariable long id, @RequestParam String numbers, @RequestParam String entity,
            RedirectAttributes redirect) {
        int assigned = workflow.assign(id, ItemNumbers.parse(numbers), entity.strip().toUpperCase(Locale.ROOT),
                current.require());
        redirect.addFlashAttribute("notice", assigned + " items assigned to " + entity.strip());
        return "redirect:/cycles/" + id;
    }
}
