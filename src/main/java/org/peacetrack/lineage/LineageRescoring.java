package org.peacetrack.lineage;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.peacetrack.register.ItemLinkRepository;
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

    private final ItemLinkRepository links;
    private final LinkScores scores;
    private final LineageMatcher matcher;
    private final JdbcTemplate jdbc;
    private final EntityManager entities;

    LineageRescoring(ItemLinkRepository links, LinkScores scores, LineageMatcher matcher, JdbcTemplate jdbc,
            EntityManager entities) {
        this.links = links;
        this.scores = scores;
        this.matcher = matcher;
        this.jdbc = jdbc;
        this.entities = entities;
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
        List<Long> ids = links.findIdsByKindIn(ItemLinkRepository.SCORED);
        LinkScores.Corpora corpora = scores.corpora();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            scores.rescore(links.findAllById(ids.subList(from, Math.min(ids.size(), from + CHUNK))), corpora);
            // written and let go a chunk at a time: every later query would dirty-check what stays managed
            entities.flush();
            entities.clear();
        }
        return new Relinked(SessionMatcher.VERSION, ids.size(), propose ? matcher.matchAllSessions() : 0);
    }
}
