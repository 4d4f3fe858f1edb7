package org.peacetrack.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a framework's list in two queries (the framework, and its items as summaries), and counts themes
 * and items from those rows: a framework holds a few hundred items, fewer than a grouped count costs.
 */
@Component
class FrameworkListings {

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;

    FrameworkListings(FrameworkRepository frameworks, TrackedItemRepository items) {
        this.frameworks = frameworks;
        this.items = items;
    }

    Optional<FrameworkListing> of(String frameworkCode, String theme) {
        return frameworks.findByCode(frameworkCode).map(f -> {
            List<ItemSummary> all = items.summariesOf(f.id);
            List<ItemSummary> shown = theme == null || theme.isBlank() ? all
                    : all.stream().filter(i -> theme.equals(i.theme())).toList();
            return new FrameworkListing(new FrameworkSummary(f.id, f.code, f.title, f.sessionYear, all.size()),
                    themesInOrder(all), shown);
        });
    }

    /** Items come by number, so a theme's first appearance is its lowest number: the document's order. */
    private static List<ThemeCount> themesInOrder(List<ItemSummary> byNumber) {
        Map<String, Long> counts = new LinkedHashMap<>();
        byNumber.stream().filter(i -> i.theme() != null).forEach(i -> counts.merge(i.theme(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new ThemeCount(e.getKey(), e.getValue())).toList();
    }
}
