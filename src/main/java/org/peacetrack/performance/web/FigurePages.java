package org.peacetrack.performance.web;

import org.peacetrack.performance.FigureService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class FigurePages {

    private final FigureService figures;

    FigurePages(FigureService figures) {
        this.figures = figures;
    }

    /** Measures stated by two or more documents (or all, on request), disagreements first. */
    @GetMapping("/figures")
    String compare(@RequestParam(defaultValue = "false") boolean all, @RequestParam(required = false) String measure,
            Model model) {
        model.addAttribute("all", all);
        model.addAttribute("comparisons", measure != null ? figures.measure(measure) : figures.compare(all ? 1 : 2));
        return "figures";
    }
}
