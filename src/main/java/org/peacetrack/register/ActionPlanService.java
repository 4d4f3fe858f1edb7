package org.peacetrack.register;

import java.time.Clock;
import java.util.Optional;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports action plans as frameworks whose items are the actions; importing again updates them. */
@Service
@Transactional
public class ActionPlanService {

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final Clock clock;

    ActionPlanService(FrameworkRepository frameworks, TrackedItemRepository items, Optional<Clock> clock) {
        this.frameworks = frameworks;
        this.items = items;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Returns how many actions were created (the others were updated). */
    public int importPlan(ActionPlan plan, Actor actor) {
        if (!actor.hasRole(Role.EDITOR, Role.ADMIN)) {
            throw new ForbiddenActionException("A " + actor.role() + " may not import action plans");
        }
        FrameworkEntity framework = frameworks.findByCode(plan.code())
                .orElseGet(() -> frameworks.save(FrameworkEntity.actionPlan(plan.code(), plan.title(), plan.year())));
        int created = 0;
        for (PlannedAction action : plan.actions()) {
            Optional<TrackedItemEntity> existing = items.findByFrameworkIdAndNumber(framework.id, action.number());
            TrackedItemEntity item = existing.orElseGet(() -> TrackedItemEntity.placeholder(framework, action.number(),
                    clock.instant()));
            item.describe(action);
            items.save(item);
            created += existing.isEmpty() ? 1 : 0;
        }
        return created;
    }
}
