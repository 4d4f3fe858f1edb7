package org.peacetrack.reporting.repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.peacetrack.register.FrameworkRef;
import org.peacetrack.register.ItemRecord;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.ItemView;
import org.peacetrack.register.Lineage;
import org.peacetrack.lineage.LineageService;
import org.peacetrack.register.LineageStep;
import org.peacetrack.register.LinkKind;
import org.peacetrack.register.RegisterService;
import org.springframework.stereotype.Service;

/**
 * A session's recommendations with what reports print of each: read through the register's public reads
 * (RegisterService as anyone reads it, LineageService's stored chains), so only published and imported
 * statuses ever appear.
 */
@Service
public class SessionItems {

    private static final Pattern SESSION = Pattern.compile("A/\\d{2,3}/19");

    private final RegisterService register;
    private final LineageService lineage;

    SessionItems(RegisterService register, LineageService lineage) {
        this.register = register;
        this.lineage = lineage;
    }

    /** The session's items that pass the filter, by number; empty if there is no such session. */
    public Optional<List<SessionItem>> of(String sessionCode, Predicate<ItemRecord> filter, ReadProgress progress) {
        return register.records(sessionCode, null).map(records -> {
            List<ItemRecord> chosen = records.stream().filter(filter).toList();
            List<SessionItem> read = new ArrayList<>(chosen.size());
            for (ItemRecord r : chosen) {
                read.add(read(r));
                progress.read(read.size(), chosen.size());
            }
            return read;
        });
    }

    /** The items of a session without their chains: for counting statuses over sessions. */
    public Optional<List<ItemRecord>> records(String sessionCode) {
        return register.records(sessionCode, null);
    }

    /** The Special Committee's sessions recorded, oldest first. */
    public List<FrameworkRef> sessions() {
        return register.frameworkRefs().stream().filter(f -> f.sessionYear() != null && SESSION.matcher(f.code()).matches())
                .sorted(Comparator.comparing(FrameworkRef::sessionYear)).toList();
    }

    private SessionItem read(ItemRecord r) {
        ItemSummary item = r.item();
        ItemView view = register.item(item.id()).orElseThrow();
        Lineage chain = lineage.lineage(view);
        Integer year = item.sessionYear();
        List<ItemSummary> members = chain.chain().stream().map(LineageStep::item)
                .filter(i -> i.id() != item.id() && i.sessionYear() != null && year != null).toList();
        List<ItemSummary> earlier = members.stream().filter(i -> i.sessionYear() < year).toList();
        List<ItemSummary> later = members.stream().filter(i -> i.sessionYear() > year).toList();
        LineageStep own = chain.chain().stream().filter(s -> s.item().id() == item.id()).findFirst().orElse(null);
        SessionItem.ChainLink link = own == null || own.linkedBy() == null || earlier.isEmpty() ? null
                : new SessionItem.ChainLink(earlier.stream().max(Comparator.comparing(ItemSummary::sessionYear)
                        .thenComparing(ItemSummary::number)).orElseThrow(),
                        own.linkedBy() == LinkKind.REFERS_TO_PRIOR, own.score());
        return new SessionItem(item, view.text(), r.statusYear(), r.statusText(), r.responsibleEntities(), earlier,
                later, chain.ageInSessions(), Objects.requireNonNullElse(chain.firstSession(), year), link);
    }
}
