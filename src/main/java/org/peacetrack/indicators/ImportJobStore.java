package org.peacetrack.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The data_import_job table: staged files, running imports' progress and heartbeat, reports and failures. */
@Component
class ImportJobStore {

    private static final String COLUMNS = "id, token, mapping_name, file_name, owner_name, state, phase, done_count, "
            + "total_count, report, failure, created_at, heartbeat_at, stored_import";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    ImportJobStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void stage(String token, String fileName, String sha, byte[] bytes, String owner, String node, Instant now) {
        jdbc.update("insert into data_import_job (token, file_name, sha256, owner_name, state, phase, done_count, total_count, "
                + "file_bytes, node, created_at, heartbeat_at) values (?, ?, ?, ?, 'STAGED', 'READING', 0, 0, ?, ?, ?, ?)",
                token, fileName, sha, owner, bytes, node, Timestamp.from(now), Timestamp.from(now));
    }

    /** The staged file of a token and owner, if it is still waiting. */
    Optional<byte[]> stagedBytes(String token, String owner) {
        return jdbc.query("select file_bytes from data_import_job where token = ? and owner_name = ? and state = 'STAGED'",
                (rs, n) -> rs.getBytes(1), token, owner).stream().findFirst();
    }

    /** Claims a staged file for a run: true if this call moved it from STAGED to RUNNING (a second click does not). */
    boolean claim(String token, String mapping, String node, Instant now) {
        return jdbc.update("update data_import_job set state = 'RUNNING', mapping_name = ?, node = ?, heartbeat_at = ? "
                + "where token = ? and state = 'STAGED'", mapping, node, Timestamp.from(now), token) == 1;
    }

    /** In a transaction of its own: the import writes its values in one that other nodes must not wait for. */
    void progress(long id, ImportProgress.Phase phase, int done, int total, Instant now) {
        own.executeWithoutResult(status -> jdbc.update("update data_import_job set phase = ?, done_count = ?, total_count = ?, heartbeat_at = ? "
                + "where id = ? and state = 'RUNNING'", phase.name(), done, total, Timestamp.from(now), id));
    }

    void heartbeat(List<Long> ids, Instant now) {
        for (long id : ids) {
            jdbc.update("update data_import_job set heartbeat_at = ? where id = ? and state = 'RUNNING'",
                    Timestamp.from(now), id);
        }
    }

    /** Ends a running job; the staged bytes are dropped with it. */
    void finish(long id, ImportJob.State state, String reportJson, String failure, Long storedImport, Instant now) {
        jdbc.update("update data_import_job set state = ?, phase = 'DONE', report = ?, failure = ?, stored_import = ?, "
                + "file_bytes = null, finished_at = ? where id = ? and state = 'RUNNING'", state.name(), reportJson,
                failure == null ? null : failure.length() > 4000 ? failure.substring(0, 4000) : failure, storedImport,
                Timestamp.from(now), id);
    }

    /** Running jobs whose heartbeat is older than the cutoff: their server stopped. */
    List<Stale> stale(Instant cutoff) {
        return jdbc.query("select j.id, j.heartbeat_at, j.node, (select max(i.id) from data_import i where "
                + "i.mapping_name = j.mapping_name and i.sha256 = j.sha256 and i.imported_at >= j.created_at) "
                + "from data_import_job j where j.state = 'RUNNING' and j.heartbeat_at < ?",
                (rs, n) -> new Stale(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        (Long) rs.getObject(4, Long.class)), Timestamp.from(cutoff));
    }

    /** Staged files nobody imported within the cutoff are dropped. */
    int forgetStaged(Instant cutoff) {
        return jdbc.update("delete from data_import_job where state = 'STAGED' and created_at < ?", Timestamp.from(cutoff));
    }

    Optional<Row> byId(long id) {
        return jdbc.query("select " + COLUMNS + " from data_import_job where id = ?", ImportJobStore::row, id)
                .stream().findFirst();
    }

    Optional<Row> byToken(String token) {
        return jdbc.query("select " + COLUMNS + " from data_import_job where token = ?", ImportJobStore::row, token)
                .stream().findFirst();
    }

    List<Row> recent(String owner, int limit) {
        return jdbc.query("select " + COLUMNS + " from data_import_job where owner_name = ? and state <> 'STAGED' "
                + "order by id desc fetch first " + limit + " rows only", ImportJobStore::row, owner);
    }

    record Stale(long id, Instant heartbeat, String node, Long importId) {
    }

    /** A job's row, its report still as JSON. */
    record Row(long id, String token, String mapping, String fileName, String owner, ImportJob.State state,
            ImportProgress.Phase phase, int done, int total, String reportJson, String failure, Instant createdAt,
            Instant heartbeatAt, Long storedImport) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                ImportJob.State.valueOf(rs.getString(6)), ImportProgress.Phase.valueOf(rs.getString(7)), rs.getInt(8),
                rs.getInt(9), rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant(),
                rs.getTimestamp(13).toInstant(), rs.getObject(14, Long.class));
    }
}
