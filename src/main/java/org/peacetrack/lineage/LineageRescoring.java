package org.peacetrack.lineage;

import java.util.List;
import java.util.Optional;
import org.peacetrack.register.ItemLinks;
import org.peacetrack.register.LinkScoring;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes every stored link score with the current matcher and proposes the matches it would make, and
 * records the matcher's version in the one row of lineage_matcher. At start-up this runs only if the stored
 * version differs, and only on one node: the first to update the row holds its lock until it commits, and
 * any other node's update then finds the version current and changes nothing.
 */
@Component
class LineageRescoring {

    private static final int CHUNK = 500;
    /** What migration V25 writes: links made before scores were stored. */
    private static final String BEFORE_STORED_SCORES = "none";

    private final ItemLinks links;
    private final LinkScoring scoring;
    private final LineageMatcher matcher;
    private final JdbcTemplate jdbc;

    LineageRescoring(ItemLinks links, LinkScoring scoring, LineageMatcher matcher, JdbcTemplate jdbc) {
        this.links = links;
        this.scoring = scoring;
        this.matcher = matcher;
        this.jdbc = jdbc;
    }

    /**
     * Call in a transaction: the version row stays locked by it until the rescoring commits. After migration
     * V25 the row says "none": the links were made by this same matcher (its first version, ADR 0005), so
     * its matches exist and only the scores are missing; after a real change of matcher, it also proposes.
     */
    Optional<Relinked> ifMatcherChanged() {
        if (jdbc.update("update lineage_matcher set version = ? where id = 1 and version = ?", SessionMatcher.VERSION,
                BEFORE_STORED_SCORES) == 1) {
            return Optional.of(rescoreAll(false));
        }
        int claimed = jdbc.update("update lineage_matcher set version = ? where id = 1 and version <> ?",
                SessionMatcher.VERSION, SessionMatcher.VERSION);
        return claimed == 0 ? Optional.empty() : Optional.of(rescoreAll(true));
    }

    /** Call in a transaction. */
    Relinked all() {
        jdbc.update("update lineage_matcher set version = ? where id = 1", SessionMatcher.VERSION);
        return rescoreAll(true);
    }

    private Relinked rescoreAll(boolean propose) {
        List<Long> ids = links.scoredLinkIds();
        LinkScoring.Scorer scorer = scoring.scorer();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            // written and let go a chunk at a time: every later query would dirty-check what stays managed
            links.rescoreAndRelease(ids.subList(from, Math.min(ids.size(), from + CHUNK)), scorer);
        }
        return new Relinked(SessionMatcher.VERSION, ids.size(), propose ? matcher.matchAllSessions() : 0);
    }
}
