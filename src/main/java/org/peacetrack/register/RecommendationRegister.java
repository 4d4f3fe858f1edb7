package org.peacetrack.register;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a Special Committee report's recommendations: creates their items or fills in the placeholders
 * that earlier references made, and links each to the A4P theme its heading names (SERVES). What lineage
 * does next (matching, scoring) it does on the session this returns.
 */
@Component
public class RecommendationRegister {

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final ItemLinkRepository links;
    private final ReferenceFrameworks reference;
    private final Themes themes;
    private final Clock clock;

    RecommendationRegister(FrameworkRepository frameworks, TrackedItemRepository items, ItemLinkRepository links,
            ReferenceFrameworks reference, Themes themes, Optional<Clock> clock) {
        this.frameworks = frameworks;
        this.items = items;
        this.links = links;
        this.reference = reference;
        this.themes = themes;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public RegisteredSession register(C34Report report) {
        Instant now = clock.instant();
        FrameworkEntity framework = frameworks.findByCode(report.reportSymbol())
                .orElseGet(() -> frameworks.save(FrameworkEntity.c34Session(report.reportSymbol())));
        Map<Integer, TrackedItemEntity> a4pItems = reference.a4pThemeItems();
        int created = 0;
        int filled = 0;
        int serves = 0;
        for (C34Recommendation recommendation : report.recommendations()) {
            Optional<TrackedItemEntity> existing = items.findByFrameworkIdAndNumber(framework.id, recommendation.number());
            TrackedItemEntity item = existing.orElseGet(
                    () -> items.save(TrackedItemEntity.placeholder(framework, recommendation.number(), now)));
            if (existing.isEmpty()) {
                created++;
            } else if (item.body == null) {
                filled++;
            }
            Optional<Theme> theme = themes.of(recommendation.theme());
            item.describe(recommendation, theme);
            TrackedItemEntity served = theme.flatMap(Theme::a4p).map(t -> a4pItems.get(t.number())).orElse(null);
            if (served != null && !links.existsByFromItemIdAndToItemIdAndKind(item.id, served.id, LinkKind.SERVES)) {
                links.save(new ItemLinkEntity(item.id, served.id, LinkKind.SERVES, recommendation.paragraphId()));
                serves++;
            }
        }
        items.flush();
        return new RegisteredSession(new FrameworkRef(framework.id, framework.code, framework.sessionYear), created,
                filled, serves);
    }
}
