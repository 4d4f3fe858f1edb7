package org.peacetrack.search;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The rows of {@code search_index_journal} (V70, JournalListener writes them): what the index may not hold. */
@Component
class IndexJournal {

    record Entry(long id, String entityName, long entityId) {
    }

    private final JdbcTemplate jdbc;

    IndexJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long size() {
        Long count = jdbc.queryForObject("select count(*) from search_index_journal", Long.class);
        return count == null ? 0 : count;
    }

    /** The newest row's id, 0 when there is none. */
    long newest() {
        Long id = jdbc.queryForObject("select coalesce(max(id), 0) from search_index_journal", Long.class);
        return id == null ? 0 : id;
    }

    /** Up to {@code limit} rows after {@code afterId}, oldest first. */
    List<Entry> after(long afterId, int limit) {
        return jdbc.query("select id, entity_name, entity_id from search_index_journal where id > ? and entity_name <> '"
                + EVERYTHING + "' order by id"
                + " fetch first " + limit + " rows only",
                (rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3)), afterId);
    }

    /** Up to {@code limit} rows after {@code afterId} that the previous checkpoint marked, oldest first. */
    List<Entry> seenAfter(long afterId, int limit) {
        return jdbc.query("select id, entity_name, entity_id from search_index_journal where id > ? and seen = true"
                + " and entity_name <> '" + EVERYTHING + "' order by id fetch first " + limit + " rows only",
                (rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3)), afterId);
    }

    /** The entity name of the row that says a rebuild began and has not ended: the whole index is in doubt. */
    static final String EVERYTHING = "*";

    /** Forgets these rows: the index on disk holds their changes. */
    void forget(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("delete from search_index_journal where id in (" + String.join(",", ids.stream()
                    .map(String::valueOf).toList()) + ")");
        }
    }

    boolean rebuildUnfinished() {
        Long rows = jdbc.queryForObject("select count(*) from search_index_journal where entity_name = ?", Long.class,
                EVERYTHING);
        return rows != null && rows > 0;
    }

    /**
     * A rebuild begins: a row says so until it ends (a crash in between leaves it, and the next start rebuilds),
     * and every row committed so far is marked, to be forgotten once the rebuilt index is on disk.
     */
    void rebuildBegins() {
        jdbc.update("insert into search_index_journal (entity_name, entity_id, seen) values (?, 0, true)", EVERYTHING);
        jdbc.update("update search_index_journal set seen = true where seen = false");
    }

    /** A rebuild ended with the index on disk: forgets its mark and the rows marked when it began. */
    void rebuildEnded() {
        jdbc.update("delete from search_index_journal where seen = true");
    }

    /**
     * One checkpoint step, after the index was flushed to disk: forgets the rows already committed at the previous
     * checkpoint (indexed long since, so in the flushed index), then marks those committed since for the next one.
     */
    int checkpoint() {
        int forgotten = jdbc.update("delete from search_index_journal where seen = true and entity_name <> ?",
                EVERYTHING);
        jdbc.update("update search_index_journal set seen = true where seen = false");
        return forgotten;
    }
}
