package org.peacetrack.register;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns items into summaries, loading only the frameworks they belong to. */
@Component
class ItemSummaries {

    private final FrameworkRepository frameworks;

    ItemSummaries(FrameworkRepository frameworks) {
        this.frameworks = frameworks;
    }

    Map<Long, ItemSummary> of(Collection<TrackedItemEntity> items) {
        Map<Long, FrameworkEntity> byId = frameworks.findByIdIn(items.stream().map(i -> i.frameworkId).distinct().toList())
                .stream().collect(Collectors.toMap(f -> f.id, Function.identity()));
        return items.stream().collect(Collectors.toMap(i -> i.id, i -> RegisterService.summary(i, byId.get(i.frameworkId))));
    }
}
