package org.peacetrack.lineage;

import java.util.LinkedHashMap;
import java.util.Map;
import org.peacetrack.register.C34Sessions;
import org.peacetrack.register.FrameworkEntity;
import org.peacetrack.register.FrameworkRepository;
import org.peacetrack.register.ItemLinkEntity;
import org.peacetrack.register.ItemLinkRepository;
import org.peacetrack.register.LinkKind;
import org.peacetrack.register.TrackedItemRepository;
import org.springframework.stereotype.Component;

/**
 * Proposes SIMILAR_TO links between a session's recommendations and those of the sessions before and
 * after it, whichever of the two reports was imported first. A pair already linked that way, even if a
 * person rejected the match, is not proposed again.
 */
@Component
class LineageMatcher {

    private final FrameworkRepository frameworks;
    private final TrackedItemRepository items;
    private final ItemLinkRepository links;

    LineageMatcher(FrameworkRepository frameworks, TrackedItemRepository items, ItemLinkRepository links) {
        this.frameworks = frameworks;
        this.items = items;
        this.links = links;
    }

    int matchWithAdjacentSessions(FrameworkEntity session) {
        if (session.sessionYear == null) {
            return 0;
        }
        int proposed = 0;
        for (int year : new int[] {session.sessionYear - 1, session.sessionYear + 1}) {
            FrameworkEntity other = frameworks.findByCode(C34Sessions.symbolOf(year)).orElse(null);
            if (other != null) {
                proposed += year < session.sessionYear ? propose(session, other) : propose(other, session);
            }
        }
        return proposed;
    }

    /** Every pair of consecutive sessions, each once: what a changed matcher would propose that it has not. */
    int matchAllSessions() {
        int proposed = 0;
        for (FrameworkEntity session : frameworks.findByKind(FrameworkEntity.C34_RECOMMENDATIONS)) {
            if (session.sessionYear != null) {
                FrameworkEntity earlier = frameworks.findByCode(C34Sessions.symbolOf(session.sessionYear - 1)).orElse(null);
                proposed += earlier == null ? 0 : propose(session, earlier);
            }
        }
        return proposed;
    }

    private int propose(FrameworkEntity later, FrameworkEntity earlier) {
        int proposed = 0;
        for (SessionMatcher.Match m : SessionMatcher.match(texts(later), texts(earlier))) {
            if (!links.existsByFromItemIdAndToItemIdAndKind(m.laterId(), m.earlierId(), LinkKind.SIMILAR_TO)) {
                links.save(ItemLinkEntity.proposedMatch(m.laterId(), m.earlierId(), m.score(),
                        SessionMatcher.THRESHOLD, SessionMatcher.VERSION));
                proposed++;
            }
        }
        return proposed;
    }

    /** The texts of the framework's items that have one, by item id. */
    Map<Long, String> texts(FrameworkEntity framework) {
        Map<Long, String> texts = new LinkedHashMap<>();
        items.idsAndTextsOf(framework.id).forEach(row -> texts.put((Long) row[0], (String) row[1]));
        return texts;
    }
}
