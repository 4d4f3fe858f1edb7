package org.peacetrack.tracking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peacetrack.documents.DerivedRecord;
import org.peacetrack.documents.DerivedRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the document page which items' statuses were read from which paragraphs. */
@Component
@Transactional(readOnly = true)
class ItemsMadeFromParagraphs implements DerivedRecords {

    private final StatusUpdateRepository updates;
    private final TrackedItemRepository items;
    private final FrameworkRepository frameworks;

    ItemsMadeFromParagraphs(StatusUpdateRepository updates, TrackedItemRepository items, FrameworkRepository frameworks) {
        this.updates = updates;
        this.items = items;
        this.frameworks = frameworks;
    }

    @Override
    public Map<Long, List<DerivedRecord>> madeFrom(Collection<Long> paragraphIds) {
        if (paragraphIds.isEmpty()) {
            return Map.of();
        }
        List<StatusUpdateEntity> found = updates.findBySourceParagraphIdIn(paragraphIds);
        Map<Long, TrackedItemEntity> byId = items.findByIdIn(found.stream().map(u -> u.itemId).toList()).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<Long, String> codes = frameworks.findAll().stream().collect(Collectors.toMap(f -> f.id, f -> f.code));
        Map<Long, List<DerivedRecord>> derived = new HashMap<>();
        for (StatusUpdateEntity u : found) {
            TrackedItemEntity item = byId.get(u.itemId);
            String label = "Status of recommendation " + item.number + " of " + codes.get(item.frameworkId);
            derived.computeIfAbsent(u.sourceParagraphId, k -> new ArrayList<>())
                    .add(new DerivedRecord(label, "/items/" + item.id));
        }
        return derived;
    }
}
