package org.peacetrack.cli;

import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The configured database and nothing else of the application (no accounts created, no reference data loaded,
 * no index opened), for backup and restore: a database restored into must be empty, and a backup reads only.
 * With Flyway, the database is first migrated to this Peacetrack's schema, as the server's start would.
 */
final class DatabaseOnly implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private DatabaseOnly(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    static class Read {
    }

    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    static class Migrated {
    }

    /** The database as configured; migrated first when {@code migrate}. Refused with one sentence when a server holds it. */
    static DatabaseOnly start(boolean migrate) {
        DataInUse dataInUse = DataInUse.databaseOnly();
        try {
            return new DatabaseOnly(new SpringApplicationBuilder(migrate ? Migrated.class : Read.class).listeners(dataInUse)
                    .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run());
        } catch (SpringApplication.AbandonedRunException e) {
            throw new IllegalStateException(dataInUse.problem() == null ? "the database could not be opened" : dataInUse.problem());
        }
    }

    DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
