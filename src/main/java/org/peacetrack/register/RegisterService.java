package org.peacetrack.register;

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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The tracking facade for reads: frameworks, items by theme, an item with its history and links. */
@Service
@Transactional(readOnly = true)
public class RegisterService {

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final StatusUpdateRepository updates;
    private final ItemLinkRepository links;
    private final SummariesById summaries;
    private final FrameworkListings listings;
    private final ItemRecords records;
    private final YearStatuses yearStatuses;

    RegisterService(FrameworkRepository frameworks, TrackedItemRepository items, StatusUpdateRepository updates,
            ItemLinkRepository links, SummariesById summaries, FrameworkListings listings, ItemRecords records,
            YearStatuses yearStatuses) {
        this.yearStatuses = yearStatuses;
        this.frameworks = frameworks;
        this.items = items;
        this.updates = updates;
        this.links = links;
        this.summaries = summaries;
        this.listings = listings;
        this.records = records;
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

    /** Summaries of the given items (unknown ids are left out), in one query (up to 32 ids), without their texts. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, ItemSummary> itemSummaries(Collection<Long> ids) {
        Map<Long, ItemSummary> byId = new HashMap<>();
        summaries.of(ids).forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    /** The Special Committee's sessions and the A4P and A4P+ frameworks: what people browse by. */
    public List<FrameworkSummary> principalFrameworks() {
        List<FrameworkEntity> principal = frameworks.findPrincipal();
        return withCounts(principal, items.countPerFramework(principal.stream().map(f -> f.id).toList()));
    }

    /** A page of frameworks, optionally of one kind (C34_RECOMMENDATIONS, ACTION_PLAN, ...). */
    public FrameworkPage frameworkPage(String kind, int page, int size) {
        if (kind != null && FrameworkKind.ofCode(kind).isEmpty()) {
            return new FrameworkPage(List.of(), page, size, 0);
        }
        var found = frameworks.findPage(kind == null ? null : FrameworkKind.ofCode(kind).orElseThrow(),
                PageRequest.of(page, size));
        List<FrameworkEntity> rows = found.getContent();
        return new FrameworkPage(withCounts(rows, rows.isEmpty() ? List.of()
                : items.countPerFramework(rows.stream().map(f -> f.id).toList())), page, size, found.getTotalElements());
    }


    private static List<FrameworkSummary> withCounts(List<FrameworkEntity> found, List<Object[]> countRows) {
        Map<Long, Long> counts = new HashMap<>();
        countRows.forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return found.stream()
                .map(f -> new FrameworkSummary(f.id, f.code, f.title, f.sessionYear, counts.getOrDefault(f.id, 0L)))
                .toList();
    }

    /** A framework's browse list: the framework, its themes counted, and its items (of one theme, or all). */
    public Optional<FrameworkListing> listing(String frameworkCode, String theme) {
        return listings.of(frameworkCode, theme);
    }

    /** A framework's items (all, or one theme's) by number, as downloads write them; empty if no such framework. */
    public Optional<List<ItemRecord>> records(String frameworkCode, String theme) {
        return records.of(frameworkCode, theme);
    }

    /**
     * A session's recommendations by number, each with the public status reported on it for the year (none:
     * a gap), as the addendum of that year writes them; empty if no such framework.
     */
    public Optional<List<ReportedStatus>> reportedStatuses(String frameworkCode, int year) {
        return yearStatuses.of(frameworkCode, year);
    }

    /** The years for which public statuses were reported on a framework's items, oldest first. */
    public List<Integer> reportingYears(String frameworkCode) {
        return yearStatuses.years(frameworkCode);
    }

    /** The principal frameworks without counting their items, for a choice of one. */
    public List<FrameworkRef> principalFrameworkRefs() {
        return frameworks.findPrincipalRefs();
    }

    /** The newest principal framework whose items have themes: what the browse page opens on. */
    public Optional<String> defaultBrowseFramework() {
        return frameworks.findPrincipalCodesWithThemes().stream().findFirst()
                .or(() -> frameworks.findPrincipalRefs().stream().findFirst().map(FrameworkRef::code));
    }

    /** An item as anyone may read it: its history holds only public (imported or published) statuses. */
    public Optional<ItemView> item(long id) {
        return item(id, Viewer.PUBLIC);
    }

    /** An item with the history the viewer may read: unpublished updates only for a workflow role (Viewer). */
    public Optional<ItemView> item(long id, Viewer viewer) {
        return items.findWithFramework(id).stream().findFirst().map(row -> {
            TrackedItemEntity item = (TrackedItemEntity) row[0];
            ItemSummary summary = summary(item, (FrameworkEntity) row[1]);
            List<StatusView> history = updates.findHistory(id, viewer).stream().map(u -> u.viewFor(viewer)).toList();
            List<ItemLinkEntity> touching = links.findTouching(id);
            List<ItemLinkEntity> outgoing = touching.stream().filter(l -> l.fromItemId == id).toList();
            List<ItemLinkEntity> incoming = touching.stream().filter(l -> l.toItemId == id).toList();
            List<Long> others = Stream.concat(outgoing.stream().map(l -> l.toItemId),
                    incoming.stream().map(l -> l.fromItemId)).filter(other -> other != id).distinct().toList();
            Map<Long, ItemSummary> byId = new HashMap<>();
            summaries.of(others).forEach(other -> byId.put(other.id(), other));
            byId.put(id, summary);
            return new ItemView(summary, item.body, history, linked(outgoing, l -> l.toItemId, byId),
                    linked(incoming, l -> l.fromItemId, byId),
                    item.responsibleEntities(),
                    item.missions());
        });
    }

    /** What the viewer may read of the given status updates' change logs, by update id (see UpdateDisclosure). */
    public Map<Long, UpdateDisclosure> disclosures(Collection<Long> updateIds, Viewer viewer) {
        Map<Long, UpdateDisclosure> readable = new HashMap<>();
        if (!updateIds.isEmpty()) {
            updates.findByIdIn(updateIds, viewer).forEach(u -> readable.put(u.id, new UpdateDisclosure(u.id,
                    viewer.readsWorkflowOf(u.entityCode), u.snapshot().withoutMessage())));
        }
        return readable;
    }

    /** Finds an item by its framework and number, e.g. ("A/78/19", 38). */
    public Optional<ItemSummary> item(String frameworkCode, int number) {
        return items.findSummary(frameworkCode, number);
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
