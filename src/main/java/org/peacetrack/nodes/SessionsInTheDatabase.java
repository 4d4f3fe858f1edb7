package org.peacetrack.nodes;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Signed-in sessions in the database (Spring Session JDBC, tables of V88), so that any node serves any user:
 * on with {@code peacetrack.sessions.store=database} (docs/deployment/peacetrack.yml), off on a single node,
 * where the servlet container's memory is cheaper (ADR 0055). Boot's own JDBC session configuration is excluded
 * (application.yml): it would turn this on whenever the library is present, and create the tables itself rather
 * than through Flyway. Expired sessions are deleted once a minute by one node, not by each.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "peacetrack.sessions.store", havingValue = "database")
@EnableJdbcHttpSession(cleanupCron = Scheduled.CRON_DISABLED)
class SessionsInTheDatabase {

    static final String CLEANUP_LOCK = "expired-sessions";
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:PT30M}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }

    @Bean
    ExpiredSessions expiredSessions(JdbcIndexedSessionRepository repository, NodeLocks locks) {
        return new ExpiredSessions(repository, locks);
    }

    /** Deletes the sessions past their inactivity limit, on whichever node's turn comes first. */
    static final class ExpiredSessions {

        private final JdbcIndexedSessionRepository repository;
        private final NodeLocks locks;

        ExpiredSessions(JdbcIndexedSessionRepository repository, NodeLocks locks) {
            this.repository = repository;
            this.locks = locks;
        }

        @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
        void delete() {
            locks.runUnlessRecent(CLEANUP_LOCK, CLEANUP_EVERY, repository::cleanUpExpiredSessions);
        }
    }
}
