package org.peacetrack.audit.web;

import java.util.List;
import org.peacetrack.audit.AuditService;
import org.peacetrack.audit.Change;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

@Controller
class ChangeLogPages {

    private static final CsvMapper CSV = CsvMapper.builder().findAndAddModules().build();

    private final AuditService audit;

    ChangeLogPages(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/items/{id}/changes")
    String forItem(@PathVariable long id, Model model) {
        model.addAttribute("itemId", id);
        model.addAttribute("changes", audit.forItem(id).stream().map(ChangeRow::of).toList());
        return "changes";
    }

    @GetMapping("/api/items/{id}/changes")
    @ResponseBody
    List<Change> forItemJson(@PathVariable long id) {
        return audit.forItem(id);
    }

    /** The change log as CSV, for one item or whole. */
    @GetMapping("/changes.csv")
    ResponseEntity<String> export(@RequestParam(required = false) Long item) {
        List<Change> changes = item == null ? audit.all() : audit.forItem(item);
        CsvSchema schema = CSV.schemaFor(Change.class).withHeader();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"peacetrack-changes.csv\"")
                .contentType(new MediaType("text", "csv"))
                .body(CSV.writer(schema).writeValueAsString(changes));
    }
}
