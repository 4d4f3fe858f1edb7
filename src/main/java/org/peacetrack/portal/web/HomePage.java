package org.peacetrack.portal.web;

import org.peacetrack.documents.DocumentService;
import org.peacetrack.tracking.RegisterService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

    private final RegisterService register;
    private final DocumentService documents;

    HomePage(RegisterService register, DocumentService documents) {
        this.register = register;
        this.documents = documents;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("frameworks", register.principalFrameworks());
        model.addAttribute("documentCount", documents.count());
        return "home";
    }
}
