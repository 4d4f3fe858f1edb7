package org.peacetrack.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peacetrack.documents.DerivedRecord;
import org.peacetrack.documents.DerivedRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the document page which items, and which items' statuses, were read from which paragraphs. */
@Component
@Transactional(readOnly = true)
class ItemsMadeFromParagraphs implements DerivedRecords {

    private final StatusUpdateRepository updates;
    private final TrackedItemRepository items;
    private final ItemSummaries summaries;
    private final SummariesById summariesById;

    ItemsMadeFromParagraphs(StatusUpdateRepository updates, TrackedItemRepository items, ItemSummaries summaries,
            SummariesById summariesById) {
        this.updates = updates;
        this.items = items;
        this.summaries = summaries;
        this.summariesById = summariesById;
    }

    @Override
    public Map<Long, List<DerivedRecord>> madeFrom(Collection<Long> paragraphIds) {
        if (paragraphIds.isEmpty()) {
            return Map.of();
        }
        List<StatusUpdateEntity> found = updates.findBySourceParagraphIdIn(paragraphIds);
        Map<Long, ItemSummary> byId = summariesById.of(found.stream().map(u -> u.itemId).distinct().toList()).stream()
                .collect(Collectors.toMap(ItemSummary::id, s -> s));
        Map<Long, List<DerivedRecord>> derived = new HashMap<>();
        for (StatusUpdateEntity u : found) {
            ItemSummary item = byId.get(u.itemId);
            String label = "Status of recommendation " + item.number() + " of " + item.frameworkCode();
            derived.computeIfAbsent(u.sourceParagraphId, k -> new ArrayList<>())
                    .add(new DerivedRecord(label, "/items/" + item.id()));
        }
        List<TrackedItemEntity> stated = items.findBySourceParagraphIdIn(paragraphIds);
        Map<Long, ItemSummary> statedById = summaries.of(stated);
        for (TrackedItemEntity i : stated) {
            ItemSummary item = statedById.get(i.id);
            derived.computeIfAbsent(i.sourceParagraphId, k -> new ArrayList<>()).add(new DerivedRecord(
                    "Recommendation " + item.number() + " of " + item.frameworkCode(), "/items/" + item.id()));
        }
        return derived;
    }
}
