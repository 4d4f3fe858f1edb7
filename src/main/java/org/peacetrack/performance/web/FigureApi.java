package org.peacetrack.performance.web;

import java.util.List;
import org.peacetrack.performance.FigureService;
import org.peacetrack.performance.MeasureComparison;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FigureApi {

    private final FigureService figures;

    FigureApi(FigureService figures) {
        this.figures = figures;
    }

    @GetMapping("/api/figures")
    List<MeasureComparison> figures(@RequestParam(required = false) String measure,
            @RequestParam(defaultValue = "1") int minDocuments) {
        return measure != null ? figures.measure(measure) : figures.compare(minDocuments);
    }

    @GetMapping("/api/figures/disagreements")
    List<MeasureComparison> disagreements() {
        return figures.compare(2).stream().filter(MeasureComparison::disagrees).toList();
    }
}
