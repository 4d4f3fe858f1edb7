package org.peacetrack.lineage.web;

import org.peacetrack.lineage.LineageService;
import org.peacetrack.register.Lineage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api")
class LineageApi {

    private final LineageService lineage;

    LineageApi(LineageService lineage) {
        this.lineage = lineage;
    }

    @GetMapping("/items/{id}/lineage")
    Lineage lineage(@PathVariable long id) {
        return lineage.lineage(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No item " + id));
    }
}
