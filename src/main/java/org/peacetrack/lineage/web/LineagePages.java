package org.peacetrack.lineage.web;

import org.peacetrack.lineage.LineageService;
import org.peacetrack.register.ReviewState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** A person's verdict on a proposed match; under /items/{id}/lineage so that security can guard it as one. */
@Controller
class LineagePages {

    private final LineageService lineage;

    LineagePages(LineageService lineage) {
        this.lineage = lineage;
    }

    @PostMapping("/items/{id}/lineage/{linkId}/confirm")
    String confirm(@PathVariable long id, @PathVariable long linkId) {
        return review(id, linkId, ReviewState.CONFIRMED);
    }

    @PostMapping("/items/{id}/lineage/{linkId}/reject")
    String reject(@PathVariable long id, @PathVariable long linkId) {
        return review(id, linkId, ReviewState.REJECTED);
    }

    private String review(long id, long linkId, ReviewState decision) {
        lineage.review(id, linkId, decision).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Item " + id + " has no proposed match " + linkId));
        return "redirect:/items/" + id + "#lineage";
    }
}
