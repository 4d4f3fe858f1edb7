package org.peacetrack.register;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browse lists of a framework, filtered by theme and current status, each item with what it is about.
 * Two queries (three when some items have no text yet); themes and statuses are counted from the rows,
 * since a framework holds a few hundred items.
 */
@Service
@Transactional(readOnly = true)
public class ItemLists {

    private final FrameworkRepository frameworks;
    private final ItemListRepository rows;

    ItemLists(FrameworkRepository frameworks, ItemListRepository rows) {
        this.frameworks = frameworks;
        this.rows = rows;
    }

    /** The list of a framework; a null or blank theme or a null status means "any". */
    public Optional<ItemList> of(String frameworkCode, String theme, Status status) {
        String wantedTheme = theme == null || theme.isBlank() ? null : theme;
        return frameworks.findByCode(frameworkCode).map(f -> {
            List<ListedRow> all = rows.rowsOf(f.id);
            List<ListedRow> ofTheme = all.stream().filter(r -> wantedTheme == null || wantedTheme.equals(r.theme()))
                    .toList();
            List<ListedRow> shown = ofTheme.stream().filter(r -> status == null || status == r.currentStatus()).toList();
            Map<Long, String> fromStatus = shown.stream().anyMatch(r -> r.opening() == null)
                    ? latestStatusOpenings(f.id) : Map.of();
            return new ItemList(new FrameworkSummary(f.id, f.code, f.title, f.sessionYear, all.size()),
                    themesInOrder(all), statusesByCount(ofTheme), shown.stream().map(r -> listed(r, fromStatus)).toList());
        });
    }

    private static ListedItem listed(ListedRow row, Map<Long, String> fromStatus) {
        String own = OpeningWords.of(row.opening());
        return own != null ? new ListedItem(row.summary(), own, false)
                : new ListedItem(row.summary(), OpeningWords.of(fromStatus.get(row.id())), fromStatus.containsKey(row.id()));
    }

    private Map<Long, String> latestStatusOpenings(long frameworkId) {
        Map<Long, String> latest = new HashMap<>();
        for (Object[] row : rows.statusOpeningsOfItemsWithoutText(frameworkId)) {
            latest.putIfAbsent((Long) row[0], (String) row[1]);
        }
        return latest;
    }

    /** Rows come by number, so a theme's first appearance is its lowest number: the document's order. */
    private static List<ThemeCount> themesInOrder(List<ListedRow> byNumber) {
        Map<String, Long> counts = new LinkedHashMap<>();
        byNumber.stream().map(ListedRow::theme).filter(Objects::nonNull).forEach(t -> counts.merge(t, 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new ThemeCount(e.getKey(), e.getValue())).toList();
    }

    /** Most frequent first; items without a status last. */
    private static List<StatusCount> statusesByCount(List<ListedRow> rows) {
        Map<Status, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.currentStatus(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new StatusCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((StatusCount c) -> c.status() == null)
                        .thenComparing(StatusCount::count, Comparator.reverseOrder())
                        .thenComparing(c -> c.status() == null ? "" : c.status().name()))
                .toList();
    }
}
