package org.peacetrack.tracking;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tracking facade for reads: frameworks, items by theme, an item with its history and links. */
@Service
@Transactional(readOnly = true)
public class RegisterService {

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final StatusUpdateRepository updates;
    private final ItemLinkRepository links;

    RegisterService(FrameworkRepository frameworks, TrackedItemRepository items, StatusUpdateRepository updates,
            ItemLinkRepository links) {
        this.frameworks = frameworks;
        this.items = items;
        this.updates = updates;
        this.links = links;
    }

    public List<FrameworkSummary> frameworks() {
        return frameworks.findAllByOrderBySessionYearDesc().stream()
                .map(f -> new FrameworkSummary(f.id, f.code, f.title, f.sessionYear, items.countByFrameworkId(f.id)))
                .toList();
    }

    public Optional<FrameworkSummary> framework(String code) {
        return frameworks().stream().filter(f -> f.code().equals(code)).findFirst();
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
            Map<Long, FrameworkEntity> byId = frameworksById();
            List<StatusView> history = updates.findByItemIdOrderByReportingYearDescCreatedAtDescIdDesc(id).stream()
                    .map(StatusUpdateEntity::view).toList();
            List<LinkView> out = linked(links.findByFromItemId(id), l -> l.toItemId, byId);
            List<LinkView> in = linked(links.findByToItemId(id), l -> l.fromItemId, byId);
            return new ItemView(summary(item, byId.get(item.frameworkId)), item.body, history, out, in);
        });
    }

    /** Finds an item by its framework and number, e.g. ("A/78/19", 38). */
    public Optional<ItemSummary> item(String frameworkCode, int number) {
        return frameworks.findByCode(frameworkCode)
                .flatMap(f -> items.findByFrameworkIdAndNumber(f.id, number).map(i -> summary(i, f)));
    }

    private List<LinkView> linked(List<ItemLinkEntity> found, Function<ItemLinkEntity, Long> otherEnd,
            Map<Long, FrameworkEntity> byId) {
        Map<Long, TrackedItemEntity> others = items.findByIdIn(found.stream().map(otherEnd).toList()).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        return found.stream()
                .map(l -> {
                    TrackedItemEntity other = others.get(otherEnd.apply(l));
                    return new LinkView(l.kind, summary(other, byId.get(other.frameworkId)), l.sourceParagraphId);
                })
                .sorted(Comparator.comparing((LinkView l) -> l.item().frameworkCode()).thenComparing(l -> l.item().number()))
                .toList();
    }

    private Map<Long, FrameworkEntity> frameworksById() {
        return frameworks.findAll().stream().collect(Collectors.toMap(f -> f.id, Function.identity()));
    }

    static ItemSummary summary(TrackedItemEntity i, FrameworkEntity f) {
        return new ItemSummary(i.id, f.code, f.sessionYear, i.number, i.title, i.theme, i.currentStatus);
    }
}
