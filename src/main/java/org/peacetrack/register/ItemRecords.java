package org.peacetrack.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A framework's items with what downloads add to the list: in seven queries whatever the framework's size
 * (items, their public statuses, their references, the referenced items with their frameworks, and the
 * items' entities and missions).
 */
@Component
class ItemRecords {

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final StatusUpdateRepository updates;
    private final ItemLinkRepository links;
    private final SummariesById summaries;

    ItemRecords(FrameworkRepository frameworks, TrackedItemRepository items, StatusUpdateRepository updates,
            ItemLinkRepository links, SummariesById summaries) {
        this.frameworks = frameworks;
        this.items = items;
        this.updates = updates;
        this.links = links;
        this.summaries = summaries;
    }

    Optional<List<ItemRecord>> of(String frameworkCode, String theme) {
        return frameworks.findByCode(frameworkCode).map(framework -> {
            Map<Long, StatusUpdateEntity> current = new HashMap<>();
            // newest first per item: the first one kept is the current status
            updates.findPublicOfFramework(framework.id).forEach(u -> current.putIfAbsent(u.itemId, u));
            Map<Long, List<String>> references = references(framework.id);
            Map<Long, List<String>> entities = byItem(items.entitiesOf(framework.id));
            Map<Long, List<String>> missions = byItem(items.missionsOf(framework.id));
            return items.findByFrameworkIdOrderByNumber(framework.id).stream()
                    .filter(i -> theme == null || theme.equals(i.theme))
                    .map(i -> record(RegisterService.summary(i, framework), current.get(i.id),
                            references.getOrDefault(i.id, List.of()), entities.getOrDefault(i.id, List.of()),
                            missions.getOrDefault(i.id, List.of())))
                    .toList();
        });
    }

    private Map<Long, List<String>> references(long frameworkId) {
        List<ItemLinkEntity> found = links.findFromFramework(frameworkId, LinkKind.REFERS_TO_PRIOR);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, ItemSummary> referenced = summaries.of(found.stream().map(l -> l.toItemId).distinct().toList())
                .stream().collect(Collectors.toMap(ItemSummary::id, s -> s));
        return found.stream().filter(l -> referenced.containsKey(l.toItemId))
                .collect(Collectors.groupingBy(l -> l.fromItemId, Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream().map(l -> referenced.get(l.toItemId))
                                .sorted(Comparator.comparing(ItemSummary::frameworkCode).thenComparing(ItemSummary::number))
                                .map(s -> s.frameworkCode() + " " + s.number()).distinct().toList())));
    }

    private static ItemRecord record(ItemSummary summary, StatusUpdateEntity status, List<String> references,
            List<String> entities, List<String> missions) {
        return new ItemRecord(summary, status == null ? null : status.reportingYear,
                status == null ? null : status.narrative, references, entities, missions);
    }

    /** (item id, value) rows in order as each item's values, without loading the items' collections. */
    private static Map<Long, List<String>> byItem(List<Object[]> rows) {
        Map<Long, List<String>> values = new HashMap<>();
        rows.forEach(row -> values.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return values;
    }
}
