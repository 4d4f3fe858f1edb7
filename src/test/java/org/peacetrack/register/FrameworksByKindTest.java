package org.peacetrack.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The frameworks page filters by the kind's code; an unknown code finds nothing rather than failing. */
@SpringBootTest
class FrameworksByKindTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;

    @BeforeEach
    void addendumImported() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
    }

    @Test
    void aKindsCodeListsOnlyFrameworksOfThatKind() {
        FrameworkPage sessions = register.frameworkPage("C34_RECOMMENDATIONS", 0, 50);
        FrameworkPage all = register.frameworkPage(null, 0, 50);

        assertThat(sessions.total()).isPositive();
        assertThat(sessions.frameworks()).allSatisfy(f -> assertThat(f.code()).matches("A/\\d+/19"));
        assertThat(jdbc.queryForObject("select count(*) from framework where kind = 'C34_RECOMMENDATIONS'", Long.class))
                .as("stored under the code it always had").isEqualTo(sessions.total());
        assertThat(all.total()).isGreaterThanOrEqualTo(sessions.total());
        assertThat(register.frameworkPage("ACTION_PLAN", 0, 50).total()).isZero();
    }

    @Test
    void anUnknownKindFindsNothing() {
        FrameworkPage none = register.frameworkPage("NOT_A_KIND", 0, 50);

        assertThat(none.frameworks()).isEmpty();
        assertThat(none.total()).isZero();
    }
}
