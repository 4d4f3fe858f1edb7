package org.peacetrack.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13, ADR 0059: a database whose change log holds its states as one-line summaries ("RETURNED |
 * IMPLEMENTED | message: ... | evidence: 2 | text") migrates to JSON states with named fields, read as the
 * change-log page used to read the line back; an absent state stays absent.
 */
abstract class ChangeLogStatesMigrationBehaviour {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    abstract DataSource emptyDatabase();

    @Test
    void loggedLinesBecomeStatesWithNamedFields() {
        DataSource db = emptyDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target("94").load().migrate();
        JdbcTemplate sql = new JdbcTemplate(db);
        long drafted = entry(sql, "drafted", null, "DRAFT | ONGOING | Text");
        long returned = entry(sql, "returned", "SUBMITTED | IMPLEMENTED | evidence: 2 | A | B text",
                "RETURNED | IMPLEMENTED | message: Add dates | evidence: 2 | A | B text");
        long empty = entry(sql, "revised", "DRAFT | ONGOING | ", "DRAFT | ONGOING | message: x");
        long bare = entry(sql, "revised", "no parts", "evidence: 3 | DRAFT");

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        assertThat(state(sql, "before_state", drafted)).isNull();
        assertThat(state(sql, "after_state", drafted).toString())
                .isEqualTo("{\"state\":\"DRAFT\",\"status\":\"ONGOING\",\"message\":null,\"evidence\":0,"
                        + "\"narrative\":\"Text\"}");
        assertThat(state(sql, "before_state", returned).toString())
                .isEqualTo("{\"state\":\"SUBMITTED\",\"status\":\"IMPLEMENTED\",\"message\":null,\"evidence\":2,"
                        + "\"narrative\":\"A | B text\"}");
        assertThat(state(sql, "after_state", returned).toString())
                .isEqualTo("{\"state\":\"RETURNED\",\"status\":\"IMPLEMENTED\",\"message\":\"Add dates\","
                        + "\"evidence\":2,\"narrative\":\"A | B text\"}");
        assertThat(state(sql, "before_state", empty).get("narrative").asString()).isEmpty();
        assertThat(state(sql, "after_state", empty).get("message").isNull())
                .as("the last part is the text, whatever it starts with").isTrue();
        assertThat(state(sql, "after_state", empty).get("narrative").asString()).isEqualTo("message: x");
        assertThat(state(sql, "before_state", bare).toString())
                .isEqualTo("{\"state\":null,\"status\":null,\"message\":null,\"evidence\":0,"
                        + "\"narrative\":\"no parts\"}");
        assertThat(state(sql, "after_state", bare).get("narrative").asString()).isEqualTo("evidence: 3 | DRAFT");
    }

    private static long entry(JdbcTemplate sql, String action, String before, String after) {
        sql.update("insert into change_log (occurred_at, actor, action, subject_type, subject_id, item_id,"
                + " before_state, after_state) values (?, 'focal.dpo', ?, 'status_update', 1, 1, ?, ?)",
                Timestamp.from(Instant.parse("2025-03-01T10:00:00Z")), action, before, after);
        return sql.queryForObject("select max(id) from change_log", Long.class);
    }

    private static JsonNode state(JdbcTemplate sql, String column, long id) {
        String stored = sql.queryForObject("select " + column + " from change_log where id = ?", String.class, id);
        return stored == null ? null : JSON.readTree(stored);
    }
}
