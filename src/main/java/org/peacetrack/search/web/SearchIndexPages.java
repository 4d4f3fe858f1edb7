package org.peacetrack.search.web;

import io.swagger.v3.oas.annotations.Operation;
import org.peacetrack.search.IndexMaintenance;
import org.peacetrack.search.IndexProgress;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The administrators' view of the search index (ADR 0047): changes it may not hold yet, and a rebuild while the
 * server runs, with its progress; the same as JSON under /api/admin. Guarded by the /admin/** and /api/admin/**
 * rules of the security configuration.
 */
@Controller
class SearchIndexPages {

    private final IndexMaintenance maintenance;

    SearchIndexPages(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping("/admin/search-index")
    String show(@RequestParam(required = false) String started, Model model) {
        model.addAttribute("index", maintenance.progress());
        model.addAttribute("started", started);
        return "search-index";
    }

    @PostMapping("/admin/search-index/rebuild")
    String rebuild() {
        return "redirect:/admin/search-index?started=" + (maintenance.startRebuild() ? "now" : "already");
    }

    @Operation(summary = "Progress of the search index's rebuild (administrators)")
    @GetMapping("/api/admin/search-index")
    @ResponseBody
    IndexProgress progress() {
        return maintenance.progress();
    }

    /** 202 with the progress when a rebuild starts, 409 with it when one is already running. */
    @Operation(summary = "Rebuild the search index while the server runs (administrators; 409 if one is running)")
    @PostMapping("/api/admin/search-index/rebuild")
    @ResponseBody
    ResponseEntity<IndexProgress> startRebuild() {
        boolean started = maintenance.startRebuild();
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(maintenance.progress());
    }
}
