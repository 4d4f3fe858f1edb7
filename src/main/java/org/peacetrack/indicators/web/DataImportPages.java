package org.peacetrack.indicators.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.peacetrack.indicators.DataFileRefused;
import org.peacetrack.indicators.DataImportJobs;
import org.peacetrack.indicators.DataImports;
import org.peacetrack.indicators.ImportJob;
import org.peacetrack.indicators.DataPreview;
import org.peacetrack.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Importing data through a saved mapping: choose, preview the first rows, import with a progress bar, report. */
@Controller
class DataImportPages {

    private final DataImports imports;
    private final DataImportJobs jobs;
    private final CurrentActor current;

    DataImportPages(DataImports imports, DataImportJobs jobs, CurrentActor current) {
        this.imports = imports;
        this.jobs = jobs;
        this.current = current;
    }

    @GetMapping("/data/import")
    String form(Model model) {
        model.addAttribute("mappings", imports.mappings());
        return "data-import";
    }

    @PostMapping("/data/import/preview")
    String preview(@RequestParam MultipartFile file, @RequestParam String mapping, Model model,
            HttpServletResponse response) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename();
        try {
            byte[] bytes = file.getBytes();
            DataPreview preview = imports.preview(name, bytes, mapping);
            model.addAttribute("preview", preview);
            model.addAttribute("token", jobs.stage(name, bytes, current.require().username()));
            return "data-preview";
        } catch (DataFileRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusal", e.getMessage());
            model.addAttribute("chosen", mapping);
            return form(model);
        }
    }

    @PostMapping("/data/import/run")
    String run(@RequestParam String token, @RequestParam String mapping, Model model, HttpServletResponse response) {
        try {
            return "redirect:/data/import/jobs/" + jobs.start(token, mapping, current.require().username()).getId();
        } catch (DataFileRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusal", e.getMessage());
            return form(model);
        }
    }

    /** Reloads itself every second (a Refresh header: no JavaScript) until the import is done, on whichever node. */
    @GetMapping("/data/import/jobs/{id}")
    String job(@PathVariable long id, Model model, HttpServletResponse response) {
        ImportJob job = jobs.job(id, current.require().username())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import " + id));
        if (!job.isFinished()) {
            response.setHeader("Refresh", "1");
        }
        model.addAttribute("job", job);
        return "data-job";
    }

    @GetMapping("/data/mappings")
    String mappings(Model model) {
        model.addAttribute("mappings", imports.mappings());
        model.addAttribute("json", new MappingJson());
        return "data-mappings";
    }

    @PostMapping("/data/mappings")
    String save(@ModelAttribute MappingForm form, Model model, HttpServletResponse response) {
        try {
            imports.saveMapping(form.mapping(), current.require().username());
            return "redirect:/data/mappings#mapping-" + form.name().strip();
        } catch (DataFileRefused e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusal", e.getMessage());
            model.addAttribute("form", form);
            return mappings(model);
        }
    }
}
