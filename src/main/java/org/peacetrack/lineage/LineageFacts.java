package org.peacetrack.lineage;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.Lineage;
import org.peacetrack.register.LineageStep;
import org.peacetrack.register.Status;
import org.peacetrack.register.UnrelatedReference;

/** What a chain says about its item: when it first appeared, how long it has run, how long "ongoing". */
final class LineageFacts {

    private static final Set<Status> STILL_OPEN = EnumSet.of(Status.ONGOING, Status.SEE_PRIOR);

    private LineageFacts() {
    }

    /**
     * @param reported every status published for each chain member (a later update never erases what a
     *                 session's report said), so that "reported ongoing" keeps its meaning after a person's update
     */
    static Lineage lineage(ItemSummary item, List<LineageStep> chain, List<UnrelatedReference> unrelated,
            Map<Long, Set<Status>> reported) {
        Integer first = chain.stream().map(s -> s.item().sessionYear()).filter(Objects::nonNull).min(Integer::compare)
                .orElse(null);
        int age = first == null || item.sessionYear() == null ? 1 : item.sessionYear() - first + 1;
        int ongoing = (int) chain.stream().map(LineageStep::item)
                .filter(i -> upTo(i, item))
                .filter(i -> reported.getOrDefault(i.id(), Set.of()).stream().anyMatch(STILL_OPEN::contains))
                .map(ItemSummary::sessionYear).distinct().count();
        return new Lineage(item, chain, first, age, ongoing, unrelated);
    }

    /** The item itself, or one of a session before it: the facts run "up to this one". */
    private static boolean upTo(ItemSummary member, ItemSummary item) {
        return member.id() == item.id() || member.sessionYear() != null && item.sessionYear() != null
                && member.sessionYear() <= item.sessionYear();
    }
}
