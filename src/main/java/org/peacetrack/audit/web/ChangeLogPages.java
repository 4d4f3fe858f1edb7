package org.peacetrack.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.peacetrack.audit.AuditService;
import org.peacetrack.audit.Change;
import org.peacetrack.exports.ExportFormat;
import org.peacetrack.exports.Exports;
import org.peacetrack.exports.Table;
import org.peacetrack.register.Viewer;
import org.peacetrack.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The change log of an item, or whole, as the reader may read it (AuditService). */
@Controller
class ChangeLogPages {

    static final List<String> COLUMNS = List.of("at", "actor", "action", "subjectType", "subjectId", "itemId",
            "before", "after");

    private final AuditService audit;
    private final CurrentActor current;

    ChangeLogPages(AuditService audit, CurrentActor current) {
        this.audit = audit;
        this.current = current;
    }

    @GetMapping("/items/{id}/changes")
    String forItem(@PathVariable long id, Model model) {
        model.addAttribute("itemId", id);
        model.addAttribute("changes", audit.forItem(id, viewer()).stream().map(ChangeRow::of).toList());
        return "changes";
    }

    @Operation(summary = "An item's change log, oldest first", description = "Every workflow transition for "
            + "those who may read the item's unpublished work; for others only publications, without reviewers' "
            + "messages.")
    @GetMapping("/api/items/{id}/changes")
    @ResponseBody
    List<ChangeLine> forItemJson(@PathVariable long id) {
        return audit.forItem(id, viewer()).stream().map(ChangeLine::of).toList();
    }

    /** The change log as CSV, for one item or whole. */
    @GetMapping("/changes.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long item) {
        List<Change> changes = item == null ? audit.all(viewer()) : audit.forItem(item, viewer());
        List<List<Object>> rows = new ArrayList<>();
        changes.forEach(c -> rows.add(Arrays.asList(c.at().toString(), c.actor(), c.action().logged(),
                c.subjectType().logged(), c.subjectId(), c.itemId(), StateLine.of(c.before()),
                StateLine.of(c.after()))));
        return Exports.download(new Table("peacetrack-changes", COLUMNS, rows), ExportFormat.CSV);
    }

    private Viewer viewer() {
        return Viewer.of(current.get());
    }
}
