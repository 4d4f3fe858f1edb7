package org.peacetrack.lineage;

import org.peacetrack.register.Lineage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Rescores the stored links when this node's matcher differs from the one that scored them (ADR 0024). */
@Component
class LineageRescoringAtStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LineageRescoringAtStartup.class);

    private final LineageService lineage;

    LineageRescoringAtStartup(LineageService lineage) {
        this.lineage = lineage;
    }

    @Override
    public void run(ApplicationArguments args) {
        lineage.relinkIfMatcherChanged().ifPresent(r -> LOG.info(
                "Lineage matcher is now {}: rescored {} links, proposed {} new matches", r.matcherVersion(),
                r.linksRescored(), r.matchesProposed()));
    }
}
