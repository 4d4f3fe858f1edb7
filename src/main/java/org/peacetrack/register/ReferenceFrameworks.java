package org.peacetrack.register;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
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
public class ReferenceFrameworks {

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

    /** The A4P theme items by their lower-cased name, after making sure both frameworks exist. */
    public Map<String, TrackedItemEntity> a4pThemesByName() {
        Instant now = clock.instant();
        FrameworkEntity plus = framework(A4P_PLUS, FrameworkEntity.A4P_PLUS_PRIORITIES,
                "The seven priorities of Action for Peacekeeping Plus (2021-2023)");
        reference.a4pPlusPriorities().forEach(p -> item(plus, p.number(), p.name(), now));
        FrameworkEntity a4p = framework(A4P, FrameworkEntity.A4P_COMMITMENTS,
                "Action for Peacekeeping: the commitments of the Declaration of Shared Commitments, by theme (2018)");
        return reference.a4pThemes().stream().map(t -> item(a4p, t.number(), t.name(), now))
                .collect(Collectors.toMap(i -> key(i.title), i -> i));
    }

    public static String key(String themeName) {
        return themeName.strip().toLowerCase(Locale.ROOT);
    }

    private FrameworkEntity framework(String code, String kind, String title) {
        return frameworks.findByCode(code).orElseGet(() -> frameworks.save(FrameworkEntity.reference(code, kind, title)));
    }

    private TrackedItemEntity item(FrameworkEntity framework, int number, String name, Instant now) {
        return items.findByFrameworkIdAndNumber(framework.id, number)
                .orElseGet(() -> items.save(TrackedItemEntity.named(framework, number, name, now)));
    }
}
