package org.peacetrack.lineage;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.peacetrack.register.C34Recommendation;
import org.peacetrack.register.C34Report;
import org.peacetrack.register.FrameworkEntity;
import org.peacetrack.register.FrameworkRepository;
import org.peacetrack.register.ItemLinkEntity;
import org.peacetrack.register.ItemLinkRepository;
import org.peacetrack.register.LinkKind;
import org.peacetrack.register.ReferenceFrameworks;
import org.peacetrack.register.TrackedItemEntity;
import org.peacetrack.register.TrackedItemRepository;
import org.springframework.stereotype.Component;

/**
 * Records a Special Committee report's recommendations: creates their items or fills in the placeholders
 * that earlier references made, links each to the A4P theme it serves, then matches the session with
 * its neighbours and rescores the links that touch it (its texts are now known, and part of the corpus).
 */
@Component
class RecommendationRecorder {

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final ItemLinkRepository links;
    private final ReferenceFrameworks reference;
    private final LineageMatcher matcher;
    private final LinkScores scores;
    private final Clock clock;

    RecommendationRecorder(FrameworkRepository frameworks, TrackedItemRepository items, ItemLinkRepository links,
            ReferenceFrameworks reference, LineageMatcher matcher, LinkScores scores, Optional<Clock> clock) {
        this.frameworks = frameworks;
        this.items = items;
        this.links = links;
        this.reference = reference;
        this.matcher = matcher;
        this.scores = scores;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    RecordedRecommendations record(C34Report report) {
        Instant now = clock.instant();
        FrameworkEntity framework = frameworks.findByCode(report.reportSymbol())
                .orElseGet(() -> frameworks.save(FrameworkEntity.c34Session(report.reportSymbol())));
        Map<String, TrackedItemEntity> themes = reference.a4pThemesByName();
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
            item.describe(recommendation);
            TrackedItemEntity served = recommendation.theme() == null ? null
                    : themes.get(ReferenceFrameworks.key(recommendation.theme()));
            if (served != null && !links.existsByFromItemIdAndToItemIdAndKind(item.id, served.id, LinkKind.SERVES)) {
                links.save(new ItemLinkEntity(item.id, served.id, LinkKind.SERVES, recommendation.paragraphId()));
                serves++;
            }
        }
        items.flush();
        int matches = matcher.matchWithAdjacentSessions(framework);
        scores.rescore(links.findByKindInTouchingFramework(ItemLinkRepository.SCORED, framework.id));
        return new RecordedRecommendations(framework.code, created, filled, serves, matches);
    }
}
