package org.peacetrack.lineage;

import org.peacetrack.register.C34Report;
import org.peacetrack.register.ItemLinks;
import org.peacetrack.register.LinkScoring;
import org.peacetrack.register.RecommendationRegister;
import org.peacetrack.register.RegisteredSession;
import org.springframework.stereotype.Component;

/**
 * Records a Special Committee report's recommendations: the register creates or fills in their items and
 * links each to the A4P theme it serves; then this matches the session with its neighbours and rescores the
 * links that touch it (its texts are now known, and part of the corpus).
 */
@Component
class RecommendationRecorder {

    private final RecommendationRegister register;
    private final ItemLinks links;
    private final LineageMatcher matcher;
    private final LinkScoring scoring;

    RecommendationRecorder(RecommendationRegister register, ItemLinks links, LineageMatcher matcher,
            LinkScoring scoring) {
        this.register = register;
        this.links = links;
        this.matcher = matcher;
        this.scoring = scoring;
    }

    RecordedRecommendations record(C34Report report) {
        RegisteredSession registered = register.register(report);
        int matches = matcher.matchWithAdjacentSessions(registered.session());
        links.rescoreTouching(registered.session().id(), scoring.scorer());
        return new RecordedRecommendations(registered.session().code(), registered.itemsCreated(),
                registered.placeholdersFilled(), registered.servesLinksCreated(), matches);
    }
}
