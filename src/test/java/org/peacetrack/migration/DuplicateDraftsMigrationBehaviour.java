package org.peacetrack.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, item 1: a database that already holds duplicate updates for one (cycle, item), as the double
 * submit made them, migrates to one update each, the latest, with its evidence; from then on the database
 * refuses a second update for the same item in the same cycle.
 */
abstract class DuplicateDraftsMigrationBehaviour {

    abstract DataSource emptyDatabase();

    @Test
    void duplicateDraftsAreReducedToTheLatestAndASecondOneIsRefused() {
        DataSource db = emptyDatabase();
        // every migration before this one (whichever exist), then the rows it must repair
        Flyway.configure().dataSource(db).locations("classpath:db/migration").target(lastBefore(65)).load().migrate();
        JdbcTemplate sql = new JdbcTemplate(db);
        Instant t = Instant.parse("2025-03-01T10:00:00Z");
        sql.update("insert into framework (code, kind, title) values ('A/78/19', 'C34_REPORT', 'Report')");
        long framework = sql.queryForObject("select id from framework", Long.class);
        sql.update("insert into tracked_item (framework_id, item_number, title, created_at) values (?, 38, 'x', ?), "
                + "(?, 39, 'y', ?)", framework, ts(t), framework, ts(t));
        List<Long> items = sql.queryForList("select id from tracked_item order by item_number", Long.class);
        sql.update("insert into reporting_cycle (framework_code, reporting_year, deadline, opened_by, opened_at) "
                + "values ('A/78/19', 2025, date '2025-12-31', 'editor', ?)", ts(t));
        long cycle = sql.queryForObject("select id from reporting_cycle", Long.class);
        long older = draft(sql, items.get(0), cycle, "first click", t.plusSeconds(1));
        long latest = draft(sql, items.get(0), cycle, "third click", t.plusSeconds(3));
        long middle = draft(sql, items.get(0), cycle, "second click", t.plusSeconds(2));
        long other = draft(sql, items.get(1), cycle, "another item", t);
        draft(sql, items.get(0), null, "imported status", t);
        draft(sql, items.get(0), null, "another imported status", t);
        sql.update("insert into evidence (status_update_id, label, url, added_by, added_at) values "
                + "(?, 'old', 'https://example.org/old', 'focal', ?), (?, 'kept', 'https://example.org/kept', 'focal', ?)",
                older, ts(t), latest, ts(t));

        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

        assertThat(sql.queryForList("select id from status_update where cycle_id is not null order by id", Long.class))
                .containsExactlyInAnyOrder(latest, other).doesNotContain(older, middle);
        assertThat(sql.queryForObject("select count(*) from status_update where cycle_id is null", Integer.class))
                .as("imported statuses have no cycle and stay").isEqualTo(2);
        assertThat(sql.queryForList("select label from evidence", String.class)).containsExactly("kept");
        assertThatThrownBy(() -> draft(sql, items.get(0), cycle, "a fourth click", t.plusSeconds(4)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** The newest migration older than the given version, whichever other migrations exist by then. */
    private static String lastBefore(int version) {
        try {
            return java.util.Arrays.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath:db/migration/V*__*.sql"))
                    .map(r -> r.getFilename().substring(1, r.getFilename().indexOf("__")))
                    .mapToInt(Integer::parseInt).filter(v -> v < version).max().orElseThrow() + "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long draft(JdbcTemplate sql, long item, Long cycle, String text, Instant at) {
        sql.update("insert into status_update (item_id, reporting_year, status, narrative, set_by, workflow_state, "
                + "created_at, cycle_id, entity_code, updated_at, updated_by, version) "
                + "values (?, 2025, 'ONGOING', ?, 'focal', 'DRAFT', ?, ?, 'DPO', ?, 'focal', 0)",
                item, text, ts(at), cycle, ts(at));
        return sql.queryForObject("select max(id) from status_update", Long.class);
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
