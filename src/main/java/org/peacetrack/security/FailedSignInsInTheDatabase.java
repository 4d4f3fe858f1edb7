package org.peacetrack.security;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The failures in {@code sign_in_failure} (V90), so that every node counts the same ones: a guesser spreading
 * attempts over the nodes behind a load balancer meets the same limits as on one node (ADR 0055). One insert
 * per failure and one indexed count per sign-in; rows older than the window are deleted by one node at a time
 * (SignInThrottle).
 */
@Component
@ConditionalOnProperty(name = "peacetrack.security.sign-in.counts", havingValue = "database")
class FailedSignInsInTheDatabase implements FailedSignIns {

    private final JdbcTemplate jdbc;

    FailedSignInsInTheDatabase(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Window within(String key, Instant since) {
        return jdbc.queryForObject("select count(*), min(failed_at) from sign_in_failure where key_name = ? and failed_at > ?",
                (rs, n) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    return new Window(rs.getInt(1), oldest == null ? null : oldest.toInstant());
                }, key, Timestamp.from(since));
    }

    @Override
    public void record(String key, Instant at) {
        jdbc.update("insert into sign_in_failure (key_name, failed_at) values (?, ?)", key, Timestamp.from(at));
    }

    @Override
    public void clear(String key) {
        jdbc.update("delete from sign_in_failure where key_name = ?", key);
    }

    @Override
    public int forgetBefore(Instant before) {
        return jdbc.update("delete from sign_in_failure where failed_at <= ?", Timestamp.from(before));
    }
}
