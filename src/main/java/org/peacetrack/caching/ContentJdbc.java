package org.peacetrack.caching;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The template for writing readers' content in plain JDBC: its updates raise the publication generation (ADR 0062).
 * A component holding it rather than a JdbcTemplate bean, which would make Boot's own template back off and every
 * bookkeeping writer (sessions, locks, the search journal) raise the generation too.
 */
@Component
public class ContentJdbc {

    private final JdbcTemplate template;

    ContentJdbc(JdbcTemplate jdbc, PublicationGeneration generation) {
        this.template = new ContentJdbcTemplate(jdbc, generation);
    }

    /** Reads as Boot's template; updates and batch updates also raise the generation. */
    public JdbcTemplate template() {
        return template;
    }
}
