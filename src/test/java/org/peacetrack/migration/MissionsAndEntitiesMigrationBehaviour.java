package org.peacetrack.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, ADR 0048: a database whose items hold their missions and entities as comma-joined strings
 * migrates to one row per value, trimmed, without blanks or repeats, in the order the string named them;
 * the two columns are gone afterwards.
 */
abstract class MissionsAndEntitiesMigrationBehaviour {

    abstract DataSource emptyDatabase();

    @Test
    void commaJoinedMissionsAndEntitiesBecomeOrderedRowsWithoutRepeats() {
        DataSource db = emptyDatabase();
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target(lastBefore(75)).load().migrate();
        JdbcTemplate sql = new JdbcTemplate(db);
        sql.update("insert into framework (code, kind, title) values ('A/78/19', 'C34_REPORT', 'Report')");
        long framework = sql.queryForObject("select id from framework", Long.class);
        long named = item(sql, framework, 38, "MONUSCO,MINUSCA, UNMISS ,,MINUSCA", "OIOS,DPO");
        long bare = item(sql, framework, 39, null, null);
        long entitiesOnly = item(sql, framework, 40, null, "DOS");

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        assertThat(values(sql, "select mission from item_mission where item_id = ? order by seq", named))
                .containsExactly("MONUSCO", "MINUSCA", "UNMISS");
        assertThat(values(sql, "select entity from item_entity where item_id = ? order by seq", named))
                .containsExactly("OIOS", "DPO");
        assertThat(values(sql, "select mission from item_mission where item_id = ? order by seq", bare)).isEmpty();
        assertThat(values(sql, "select entity from item_entity where item_id = ? order by seq", bare)).isEmpty();
        assertThat(values(sql, "select entity from item_entity where item_id = ? order by seq", entitiesOnly))
                .containsExactly("DOS");
        assertThat(sql.queryForList("select seq from item_mission where item_id = ? order by seq", Integer.class, named))
                .as("positions from 0").containsExactly(0, 1, 2);
        assertThat(columnsOfTrackedItem(sql)).doesNotContain("missions", "responsible_entities")
                .contains("theme", "body");
    }

    private static long item(JdbcTemplate sql, long framework, int number, String missions, String entities) {
        sql.update("insert into tracked_item (framework_id, item_number, title, created_at, missions, "
                + "responsible_entities) values (?, ?, 'x', ?, ?, ?)", framework, number,
                Timestamp.from(Instant.parse("2025-03-01T10:00:00Z")), missions, entities);
        return sql.queryForObject("select id from tracked_item where item_number = ?", Long.class, number);
    }

    private static List<String> values(JdbcTemplate sql, String query, long item) {
        return sql.queryForList(query, String.class, item);
    }

    private static List<String> columnsOfTrackedItem(JdbcTemplate sql) {
        return sql.queryForList("select lower(column_name) from information_schema.columns"
                + " where lower(table_name) = 'tracked_item'", String.class);
    }

    /** The newest migration older than the given version, whichever other migrations exist by then. */
    private static String lastBefore(int version) {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql"))
                    .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")))
                    .mapToInt(Integer::parseInt).filter(v -> v < version).max().orElseThrow() + "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
