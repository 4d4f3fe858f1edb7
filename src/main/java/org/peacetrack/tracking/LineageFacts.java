package org.peacetrack.tracking;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a chain says about its item: when it first appeared, how long it has run, how long "ongoing". */
final class LineageFacts {

    private static final Set<Status> STILL_OPEN = EnumSet.of(Status.ONGOING, Status.SEE_PRIOR);

    private LineageFacts() {
    }

    static Lineage lineage(ItemSummary item, List<LineageStep> chain, List<UnrelatedReference> unrelated) {
        Integer first = chain.stream().map(s -> s.item().sessionYear()).filter(Objects::nonNull).min(Integer::compare)
                .orElse(null);
        int age = first == null || item.sessionYear() == null ? 1 : item.sessionYear() - first + 1;
        int ongoing = (int) chain.stream().filter(s -> STILL_OPEN.contains(s.item().currentStatus()))
                .map(s -> s.item().sessionYear()).distinct().count();
        return new Lineage(item, chain, first, age, ongoing, unrelated);
    }
}
