package org.peacetrack.ingestion.web;

import java.io.IOException;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.ingestion.ImportRejectedException;
import org.peacetrack.ingestion.IngestionService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

@Controller
class ImportPages {

    private final IngestionService ingestion;
    private final long maxBytes;
    private final org.springframework.context.MessageSource messages;

    ImportPages(IngestionService ingestion, @Value("${peacetrack.import.max-bytes}") long maxBytes,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.ingestion = ingestion;
        this.maxBytes = maxBytes;
    }

    @ModelAttribute
    void formChoices(Model model) {
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("maxMegabytes", maxBytes / (1024 * 1024));
    }

    @GetMapping("/import")
    String form() {
        return "import";
    }

    @PostMapping("/import")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) DocumentKind kind,
            Model model) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        model.addAttribute("report", ingestion.ingest(name, file.getBytes(), kind));
        return "import-report";
    }

    /** Two requests imported the same file, or the same framework, at the same time: one wins, this one retries. */
    @ExceptionHandler({DataIntegrityViolationException.class, PessimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String concurrent(Model model, java.util.Locale locale) {
        formChoices(model);
        model.addAttribute("error", messages.getMessage("ingestion.import.concurrent", null, locale));
        model.addAttribute("errorLanguage", locale.getLanguage());
        return "import";
    }

    @ExceptionHandler(ImportRejectedException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String rejected(ImportRejectedException e, Model model) {
        formChoices(model);
        model.addAttribute("error", e.getMessage());
        // the readers and recognisers explain in English, whatever the page's language
        model.addAttribute("errorLanguage", "en");
        return "import";
    }
}
