package org.peacetrack.portal.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Offers {@link VerbatimLinks} to the pages that show stored texts, as {@code ${verbatim.html(text)}}: Thymeleaf
 * does not let unescaped output call a bean by name.
 */
@ControllerAdvice(basePackages = {"org.peacetrack.register.web", "org.peacetrack.lineage.web", "org.peacetrack.workflow.web",
        "org.peacetrack.documents.web"})
class VerbatimLinksOnPages {

    private final VerbatimLinks links;

    VerbatimLinksOnPages(VerbatimLinks links) {
        this.links = links;
    }

    @ModelAttribute("verbatim")
    VerbatimLinks verbatim() {
        return links;
    }
}
