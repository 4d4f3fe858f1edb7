package org.peacetrack.register;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A session's recommendations with the public status reported on each for one year, in four queries whatever
 * the session's size: the framework, its items, their public updates and their references to earlier ones.
 */
@Component
class YearStatuses {

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final StatusUpdateRepository updates;
    private final ItemLinkRepository links;

    YearStatuses(FrameworkRepository frameworks, TrackedItemRepository items, StatusUpdateRepository updates,
            ItemLinkRepository links) {
        this.frameworks = frameworks;
        this.items = items;
        this.updates = updates;
        this.links = links;
    }

    Optional<List<ReportedStatus>> of(String frameworkCode, int year) {
        return frameworks.findByCode(frameworkCode).map(framework -> {
            Map<Long, StatusUpdateEntity> reported = new HashMap<>();
            // newest first per item: the first one of the year is what that year's readers saw last
            updates.findPublicOfFramework(framework.id).stream().filter(u -> u.reportingYear == year)
                    .forEach(u -> reported.putIfAbsent(u.itemId, u));
            Map<Long, List<EarlierRecommendation>> references = references(framework.id);
            return items.findByFrameworkIdOrderByNumber(framework.id).stream().map(i -> {
                StatusUpdateEntity u = reported.get(i.id);
                return new ReportedStatus(RegisterService.summary(i, framework), u == null ? null : u.status,
                        u == null ? null : u.narrative, u == null ? null : u.sourceParagraphId,
                        references.getOrDefault(i.id, List.of()));
            }).toList();
        });
    }

    /** The years for which a public status was reported on the framework's items, oldest first. */
    List<Integer> years(String frameworkCode) {
        return frameworks.findByCode(frameworkCode).map(framework -> updates.findPublicOfFramework(framework.id)
                .stream().map(u -> u.reportingYear).collect(Collectors.toCollection(TreeSet::new)).stream().toList())
                .orElse(List.of());
    }

    private static int yearOf(Integer sessionYear) {
        return sessionYear == null ? 0 : sessionYear;
    }

    private Map<Long, List<EarlierRecommendation>> references(long frameworkId) {
        List<ItemLinkEntity> found = links.findFromFramework(frameworkId, LinkKind.REFERS_TO_PRIOR);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, TrackedItemEntity> targets = new HashMap<>();
        items.findByIdIn(found.stream().map(l -> l.toItemId).distinct().toList()).forEach(i -> targets.put(i.id, i));
        Map<Long, Integer> years = new HashMap<>();
        frameworks.findAllById(targets.values().stream().map(i -> i.frameworkId).distinct().toList())
                .forEach(f -> years.put(f.id, f.sessionYear));
        return found.stream().filter(l -> targets.containsKey(l.toItemId))
                .collect(Collectors.groupingBy(l -> l.fromItemId, Collectors.collectingAndThen(Collectors.toList(),
                        list -> list.stream().sorted(Comparator.comparing((ItemLinkEntity l) -> l.id))
                                .map(l -> targets.get(l.toItemId))
                                .map(t -> new EarlierRecommendation(t.number, yearOf(years.get(t.frameworkId))))
                                .distinct().toList())));
    }
}
