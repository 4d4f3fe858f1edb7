package org.peacetrack.workflow.web;

import org.peacetrack.security.CurrentActor;
import org.peacetrack.workflow.CycleQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a focal point lands after signing in: what their entity still has to report, soonest deadline first. */
@Controller
class MyItemsPage {

    private final CycleQueries queries;
    private final CurrentActor current;

    MyItemsPage(CycleQueries queries, CurrentActor current) {
        this.queries = queries;
        this.current = current;
    }

    @GetMapping("/my-items")
    String show(Model model) {
        model.addAttribute("work", queries.waitingFor(current.require()));
        return "my-items";
    }
}
