package org.peacetrack.register;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peacetrack.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The frameworks that reference data defines rather than a document: the eight A4P themes (framework
 * "A4P") and the seven A4P+ priorities ("A4P+"). Created when first needed, so that a wiped or new
 * database gets them with its first Special Committee report.
 */
@Component
class ReferenceFrameworks {

    static final String A4P = "A4P";
    static final String A4P_PLUS = "A4P+";

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final ReferenceData reference;
    private final Clock clock;

    ReferenceFrameworks(FrameworkRepository frameworks, TrackedItemRepository items, ReferenceData reference,
            Optional<Clock> clock) {
        this.frameworks = frameworks;
        this.items = items;
        this.reference = reference;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The A4P framework's item of each A4P theme, by the theme's number, after making sure both frameworks exist. */
    Map<Integer, TrackedItemEntity> a4pThemeItems() {
        Instant now = clock.instant();
        FrameworkEntity plus = framework(A4P_PLUS, FrameworkKind.A4P_PLUS_PRIORITIES,
                "The seven priorities of Action for Peacekeeping Plus (2021-2023)");
        reference.a4pPlusPriorities().forEach(p -> item(plus, p.number(), p.name(), now));
        FrameworkEntity a4p = framework(A4P, FrameworkKind.A4P_THEMES,
                "Action for Peacekeeping: the commitments of the Declaration of Shared Commitments, by theme (2018)");
        return reference.a4pThemes().stream()
                .collect(Collectors.toMap(t -> t.number(), t -> item(a4p, t.number(), t.name(), now)));
    }

    private FrameworkEntity framework(String code, FrameworkKind kind, String title) {
        return frameworks.findByCode(code).orElseGet(() -> frameworks.save(FrameworkEntity.reference(code, kind, title)));
    }

    private TrackedItemEntity item(FrameworkEntity framework, int number, String name, Instant now) {
        return items.findByFrameworkIdAndNumber(framework.id, number)
                .orElseGet(() -> items.save(TrackedItemEntity.named(framework, number, name, now)));
    }
}
