package org.peacetrack.tracking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tracking facade for reads: frameworks, items by theme, an item with its history and links. */
@Service
@Transactional(readOnly = true)
public class RegisterService {

    private static final List<String> PRINCIPAL_KINDS = List.of(FrameworkEntity.C34_RECOMMENDATIONS,
            FrameworkEntity.A4P_COMMITMENTS, FrameworkEntity.A4P_PLUS_PRIORITIES);

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final StatusUpdateRepository updates;
    private final ItemLinkRepository links;
    private final ItemSummaries summaries;

    RegisterService(FrameworkRepository frameworks, TrackedItemRepository items, StatusUpdateRepository updates,
            ItemLinkRepository links, ItemSummaries summaries) {
        this.frameworks = frameworks;
        this.items = items;
        this.updates = updates;
        this.links = links;
        this.summaries = summaries;
    }

    /** Every framework with its item count (one grouped count, whatever the number of frameworks). */
    public List<FrameworkSummary> frameworks() {
        return withCounts(frameworks.findAllByOrderBySessionYearDesc(), items.countPerFramework());
    }

    /** Every framework's id, code and session, without counting items. */
    public List<FrameworkRef> frameworkRefs() {
        return frameworks.findRefs();
    }

    /** A number that changes when a framework is added or removed: for callers that keep frameworkRefs(). */
    public long frameworksStamp() {
        return frameworks.stamp();
    }

    /** Summaries of the given items (unknown ids are left out), in one query for items and one for frameworks. */
    public Map<Long, ItemSummary> itemSummaries(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : summaries.of(items.findByIdIn(ids));
    }

    /** The Special Committee's sessions and the A4P and A4P+ frameworks: what people browse by. */
    public List<FrameworkSummary> principalFrameworks() {
        List<FrameworkEntity> principal = frameworks.findByKinds(PRINCIPAL_KINDS);
        return withCounts(principal, items.countPerFramework(principal.stream().map(f -> f.id).toList()));
    }

    /** A page of frameworks, optionally of one kind (C34_RECOMMENDATIONS, ACTION_PLAN, ...). */
    public FrameworkPage frameworkPage(String kind, int page, int size) {
        var found = frameworks.findPage(kind, PageRequest.of(page, size));
        List<FrameworkEntity> rows = found.getContent();
        return new FrameworkPage(withCounts(rows, rows.isEmpty() ? List.of()
                : items.countPerFramework(rows.stream().map(f -> f.id).toList())), page, size, found.getTotalElements());
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated == null ? List.of() : List.of(commaSeparated.split(","));
    }

    private static List<FrameworkSummary> withCounts(List<FrameworkEntity> found, List<Object[]> countRows) {
        Map<Long, Long> counts = new HashMap<>();
        countRows.forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return found.stream()
                .map(f -> new FrameworkSummary(f.id, f.code, f.title, f.sessionYear, counts.getOrDefault(f.id, 0L)))
                .toList();
    }

    public Optional<FrameworkSummary> framework(String code) {
        return frameworks.findByCode(code).map(this::summary);
    }

    private FrameworkSummary summary(FrameworkEntity f) {
        return new FrameworkSummary(f.id, f.code, f.title, f.sessionYear, items.countByFrameworkId(f.id));
    }

    public List<ThemeCount> themes(String frameworkCode) {
        return frameworks.findByCode(frameworkCode).map(f -> items.countByTheme(f.id).stream()
                .map(row -> new ThemeCount((String) row[0], ((Number) row[1]).longValue())).toList())
                .orElse(List.of());
    }

    public List<ItemSummary> items(String frameworkCode, String theme) {
        return frameworks.findByCode(frameworkCode).map(f -> {
            List<TrackedItemEntity> found = theme == null
                    ? items.findByFrameworkIdOrderByNumber(f.id)
                    : items.findByFrameworkIdAndThemeOrderByNumber(f.id, theme);
            return found.stream().map(i -> summary(i, f)).toList();
        }).orElse(List.of());
    }

    public Optional<ItemView> item(long id) {
        return items.findById(id).map(item -> {
            List<StatusView> history = updates.findByItemIdOrderByReportingYearDescCreatedAtDescIdDesc(id).stream()
                    .map(StatusUpdateEntity::view).toList();
            List<ItemLinkEntity> touching = links.findTouching(id);
            List<ItemLinkEntity> outgoing = touching.stream().filter(l -> l.fromItemId == id).toList();
            List<ItemLinkEntity> incoming = touching.stream().filter(l -> l.toItemId == id).toList();
            List<Long> others = Stream.concat(outgoing.stream().map(l -> l.toItemId),
                    incoming.stream().map(l -> l.fromItemId)).filter(other -> other != id).distinct().toList();
            List<TrackedItemEntity> read = new ArrayList<>(List.of(item));
            if (!others.isEmpty()) {
                read.addAll(items.findByIdIn(others));
            }
            Map<Long, ItemSummary> byId = summaries.of(read);
            return new ItemView(byId.get(id), item.body, history, linked(outgoing, l -> l.toItemId, byId),
                    linked(incoming, l -> l.fromItemId, byId),
                    split(item.responsibleEntities), split(item.missions));
        });
    }

    /** Finds an item by its framework and number, e.g. ("A/78/19", 38). */
    public Optional<ItemSummary> item(String frameworkCode, int number) {
        return frameworks.findByCode(frameworkCode)
                .flatMap(f -> items.findByFrameworkIdAndNumber(f.id, number).map(i -> summary(i, f)));
    }

    private static List<LinkView> linked(List<ItemLinkEntity> found, Function<ItemLinkEntity, Long> otherEnd,
            Map<Long, ItemSummary> byId) {
        return found.stream()
                .map(l -> new LinkView(l.kind, byId.get(otherEnd.apply(l)), l.sourceParagraphId))
                .sorted(Comparator.comparing((LinkView l) -> l.item().frameworkCode()).thenComparing(l -> l.item().number()))
                .toList();
    }

    static ItemSummary summary(TrackedItemEntity i, FrameworkEntity f) {
        return new ItemSummary(i.id, f.code, f.sessionYear, i.number, i.title, i.theme, i.currentStatus);
    }
}
