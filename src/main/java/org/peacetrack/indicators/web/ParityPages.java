package org.peacetrack.indicators.web;

import java.util.List;
import java.util.Map;
import org.peacetrack.indicators.ParityCategory;
import org.peacetrack.indicators.UniformedParity;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Women's share per uniformed category against the parity strategy's targets: overall or in one mission, year
 * by year (stated targets with their source, years without one said to be so, published statements, status),
 * and every mission's share in a chosen year (a public page, as the indicator pages are).
 */
@Controller
class ParityPages {

    private final UniformedParity parity;

    ParityPages(UniformedParity parity) {
        this.parity = parity;
    }

    @GetMapping("/indicators/parity")
    String parity(@RequestParam(required = false) String org, @RequestParam(required = false) Integer year, Model model) {
        if (parity.categories().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No parity targets are loaded");
        }
        String mission = org == null || org.isBlank() ? null : org.strip();
        List<ParityCategory> categories = parity.categories(mission);
        int latest = categories.stream().flatMap(c -> c.years().stream()).filter(y -> y.share() != null)
                .mapToInt(ParityCategory.Year::year).max().orElse(UniformedParity.FIRST_YEAR);
        int chosen = year == null || year < UniformedParity.FIRST_YEAR || year > UniformedParity.LAST_YEAR ? latest : year;
        Map<String, Map<String, Double>> missions = parity.byMission(chosen);
        model.addAttribute("organisation", mission);
        model.addAttribute("categories", categories);
        model.addAttribute("names", parity.categories());
        model.addAttribute("year", chosen);
        model.addAttribute("missions", missions);
        model.addAttribute("targetsOfYear", categories.stream().collect(java.util.stream.Collectors.toMap(
                ParityCategory::personnelType, c -> c.years().stream().filter(y -> y.year() == chosen).findFirst()
                        .map(y -> y.target() == null ? "" : String.valueOf(y.target())).orElse(""))));
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(UniformedParity.FIRST_YEAR,
                UniformedParity.LAST_YEAR).boxed().toList());
        return "indicators-parity";
    }
}
