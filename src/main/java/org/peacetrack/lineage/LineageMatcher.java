package org.peacetrack.lineage;

import org.peacetrack.register.FrameworkRef;
import org.peacetrack.register.ItemLinks;
import org.peacetrack.register.LinkScoring;
import org.springframework.stereotype.Component;

/**
 * Proposes SIMILAR_TO links between a session's recommendations and those of the sessions before and
 * after it, whichever of the two reports was imported first. A pair already linked that way, even if a
 * person rejected the match, is not proposed again.
 */
@Component
class LineageMatcher {

    private final ItemLinks links;
    private final LinkScoring scoring;

    LineageMatcher(ItemLinks links, LinkScoring scoring) {
        this.links = links;
        this.scoring = scoring;
    }

    int matchWithAdjacentSessions(FrameworkRef session) {
        if (session.sessionYear() == null) {
            return 0;
        }
        int proposed = 0;
        for (int year : new int[] {session.sessionYear() - 1, session.sessionYear() + 1}) {
            FrameworkRef other = links.session(year).orElse(null);
            if (other != null) {
                proposed += year < session.sessionYear() ? propose(session, other) : propose(other, session);
            }
        }
        return proposed;
    }

    /** Every pair of consecutive sessions, each once: what a changed matcher would propose that it has not. */
    int matchAllSessions() {
        int proposed = 0;
        for (FrameworkRef session : links.sessions()) {
            if (session.sessionYear() != null) {
                FrameworkRef earlier = links.session(session.sessionYear() - 1).orElse(null);
                proposed += earlier == null ? 0 : propose(session, earlier);
            }
        }
        return proposed;
    }

    private int propose(FrameworkRef later, FrameworkRef earlier) {
        int proposed = 0;
        LinkScoring.Scorer scorer = scoring.scorer();
        for (SessionMatcher.Match m : SessionMatcher.match(links.textsOf(later.id()), links.textsOf(earlier.id()))) {
            if (links.proposeMatch(m.laterId(), m.earlierId(), m.score(), scorer)) {
                proposed++;
            }
        }
        return proposed;
    }
}
