package org.peacetrack.register.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.peacetrack.register.FrameworkListing;
import org.peacetrack.register.FrameworkSummary;
import org.peacetrack.register.ItemPage;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.ItemView;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.ThemeCount;
import org.peacetrack.register.Viewer;
import org.peacetrack.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api")
class ItemApi {

    private final RegisterService register;
    private final CurrentActor current;

    ItemApi(RegisterService register, CurrentActor current) {
        this.register = register;
        this.current = current;
    }

    @Operation(summary = "Every framework (sessions of the Special Committee, A4P, A4P+, action plans) with its "
            + "item count")
    @GetMapping("/frameworks")
    List<FrameworkSummary> frameworks() {
        return register.frameworks();
    }

    @Operation(summary = "A framework's themes, in the order its document presents them, with item counts")
    @GetMapping("/frameworks/themes")
    List<ThemeCount> themes(@RequestParam String framework) {
        return listing(framework, null).themes();
    }

    /** Items of a framework, filtered by theme and status, a page at a time (page from 0, size up to 500). */
    @Operation(summary = "A framework's items by number, filtered by theme and current status, a page at a time "
            + "(page from 0, size up to 500)")
    @GetMapping("/items")
    ItemPage items(@RequestParam String framework, @RequestParam(required = false) String theme,
            @RequestParam(required = false) Status status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more and size 1 to 500");
        }
        List<ItemSummary> all = listing(framework, theme).items().stream()
                .filter(i -> status == null || status == i.currentStatus()).toList();
        int from = Math.min(all.size(), page * size);
        return new ItemPage(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    /** An item with its status history: drafts and updates under review only for a workflow role. */
    @Operation(summary = "An item with its status history and its links both ways", description = "The history "
            + "holds imported and published statuses; a signed-in reviewer, editor or administrator also reads "
            + "unpublished updates and reviewers' messages, a focal point those of their entity.")
    @GetMapping("/items/{id}")
    ItemView item(@PathVariable long id) {
        return register.item(id, Viewer.of(current.get())).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No item " + id));
    }

    private FrameworkListing listing(String framework, String theme) {
        return register.listing(framework, theme)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No framework " + framework));
    }
}
