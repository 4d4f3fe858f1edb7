package org.peacetrack.register;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Picks the open recommendations whose chains began longest ago. Chain links run from a later session's
 * item to an earlier one's, so walking the links in order of the later session gives each item the first
 * session of its chain in one pass.
 */
final class OldestOpen {

    private OldestOpen() {
    }

    /**
     * @param unlinked open items that continue nothing, oldest session first
     * @param continuing open items that continue an earlier one
     * @param links rows of later item, its session, earlier item, its session
     */
    static List<OpenRecommendation> of(List<ItemSummary> unlinked, List<ItemSummary> continuing, List<Object[]> links,
            int limit) {
        Map<Long, Integer> first = firstSessions(links);
        return Stream.concat(unlinked.stream(), continuing.stream())
                .filter(i -> i.sessionYear() != null).distinct()
                .map(i -> {
                    int began = Math.min(i.sessionYear(), first.getOrDefault(i.id(), i.sessionYear()));
                    return new OpenRecommendation(i, began, i.sessionYear() - began + 1);
                })
                .sorted(Comparator.comparingInt(OpenRecommendation::firstSession)
                        .thenComparing(o -> -o.sessions())
                        .thenComparing(o -> o.item().sessionYear())
                        .thenComparing(o -> o.item().number()))
                .limit(limit).toList();
    }

    private static Map<Long, Integer> firstSessions(List<Object[]> links) {
        Map<Long, Integer> first = new HashMap<>();
        links.stream().sorted(Comparator.comparing((Object[] r) -> (Integer) r[1])).forEach(r -> {
            long later = (Long) r[0];
            long earlier = (Long) r[2];
            int began = first.getOrDefault(earlier, (Integer) r[3]);
            first.merge(later, began, Math::min);
        });
        return first;
    }
}
