package org.peacetrack.register.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.peacetrack.register.ActionPlan;
import org.peacetrack.register.ActionPlanService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Every framework, a page at a time; and importing an action plan from CSV. */
@Controller
class FrameworkPages {

    private static final int PAGE_SIZE = 100;

    private final RegisterService register;
    private final ActionPlanService plans;
    private final CurrentActor current;

    FrameworkPages(RegisterService register, ActionPlanService plans, CurrentActor current) {
        this.register = register;
        this.plans = plans;
        this.current = current;
    }

    @GetMapping("/frameworks")
    String list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("result", register.frameworkPage(kind == null || kind.isBlank() ? null : kind,
                Math.max(page, 0), PAGE_SIZE));
        return "frameworks";
    }

    @GetMapping("/frameworks/import")
    String form(Model model) {
        model.addAttribute("columns", "number,action,theme,responsible");
        return "action-plan-import";
    }

    @PostMapping("/frameworks/import")
    String importPlan(@RequestParam String code, @RequestParam String title, @RequestParam(required = false) Integer year,
            @RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            ActionPlan plan = new ActionPlan(code.strip(), title.strip(), year, ActionPlanCsv.read(file.getBytes()));
            int created = plans.importPlan(plan, current.require());
            return "redirect:/items?framework=" + URLEncoder.encode(plan.code(),
                    StandardCharsets.UTF_8) + "&created=" + created;
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            return form(model);
        }
    }
}
