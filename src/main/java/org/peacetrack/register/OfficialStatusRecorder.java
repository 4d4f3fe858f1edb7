package org.peacetrack.register;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the statuses an official document (the Secretary-General's addendum) gives, creating the items (and
 * placeholders for the earlier recommendations they refer to) as needed, with a link to each one referred to.
 */
@Service
@Transactional
public class OfficialStatusRecorder {

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final StatusUpdateRepository updates;
    private final ItemLinkRepository links;
    private final LinkScoring scoring;
    private final LinkRescorer rescorer;
    private final Themes themes;
    private final Clock clock;

    OfficialStatusRecorder(FrameworkRepository frameworks, TrackedItemRepository items, StatusUpdateRepository updates,
            ItemLinkRepository links, LinkScoring scoring, LinkRescorer rescorer, Themes themes,
            Optional<Clock> clock) {
        this.frameworks = frameworks;
        this.items = items;
        this.updates = updates;
        this.links = links;
        this.scoring = scoring;
        this.rescorer = rescorer;
        this.themes = themes;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public RecordedStatuses recordOfficialStatuses(OfficialStatuses statuses) {
        Instant now = clock.instant();
        Counter count = new Counter();
        List<ItemLinkEntity> made = new ArrayList<>();
        FrameworkEntity framework = framework(statuses.reportSymbol());
        for (EntryStatusRecord entry : statuses.entries()) {
            TrackedItemEntity item = item(framework, entry.number(), now, () -> count.items++);
            themes.of(entry.theme()).ifPresent(item::placeIn);
            item.concerns(entry.missions(), entry.entities());
            item.publishedStatus(entry.status());
            updates.save(StatusUpdateEntity.fromOfficialDocument(item, framework.sessionYear, entry, now));
            count.updates++;
            for (EarlierRecommendation ref : entry.references()) {
                FrameworkEntity earlier = framework(C34Sessions.symbolOf(ref.year()));
                TrackedItemEntity target = item(earlier, ref.number(), now, () -> count.placeholders++);
                if (!links.existsByFromItemIdAndToItemIdAndKind(item.id, target.id, LinkKind.REFERS_TO_PRIOR)) {
                    made.add(links.save(new ItemLinkEntity(item.id, target.id, LinkKind.REFERS_TO_PRIOR,
                            entry.paragraphId())));
                    count.links++;
                }
            }
        }
        rescorer.rescore(made, scoring.scorer());
        return new RecordedStatuses(framework.code, count.items, count.updates, count.placeholders, count.links);
    }

    private FrameworkEntity framework(String reportSymbol) {
        return frameworks.findByCode(reportSymbol)
                .orElseGet(() -> frameworks.save(FrameworkEntity.c34Session(reportSymbol)));
    }

    private TrackedItemEntity item(FrameworkEntity framework, int number, Instant now, Runnable onCreate) {
        return items.findByFrameworkIdAndNumber(framework.id, number).orElseGet(() -> {
            onCreate.run();
            return items.save(TrackedItemEntity.placeholder(framework, number, now));
        });
    }

    private static final class Counter {
        int items;
        int updates;
        int placeholders;
        int links;
    }
}
