package org.peacetrack.tracking.web;

import java.util.List;
import org.peacetrack.tracking.FrameworkSummary;
import org.peacetrack.tracking.ItemSummary;
import org.peacetrack.tracking.ItemView;
import org.peacetrack.tracking.RegisterService;
import org.peacetrack.tracking.ThemeCount;
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

    ItemApi(RegisterService register) {
        this.register = register;
    }

    @GetMapping("/frameworks")
    List<FrameworkSummary> frameworks() {
        return register.frameworks();
    }

    @GetMapping("/frameworks/themes")
    List<ThemeCount> themes(@RequestParam String framework) {
        return register.themes(existing(framework));
    }

    @GetMapping("/items")
    List<ItemSummary> items(@RequestParam String framework, @RequestParam(required = false) String theme) {
        return register.items(existing(framework), theme);
    }

    @GetMapping("/items/{id}")
    ItemView item(@PathVariable long id) {
        return register.item(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No item " + id));
    }

    private String existing(String framework) {
        return register.framework(framework).map(FrameworkSummary::code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No framework " + framework));
    }
}
