package org.peacetrack.cli;

import org.peacetrack.documents.DocumentKind;
import org.peacetrack.ingestion.ImportReport;
import org.peacetrack.ingestion.IngestionService;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its web server, for commands that use the database. */
final class Importer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private Importer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Refuses with one sentence, instead of the connection pool's stack traces, when a server holds the data. */
    static Importer start(Class<?> application, boolean forImports, String... properties) {
        DataInUse dataInUse = new DataInUse(forImports);
        try {
            return new Importer(new SpringApplicationBuilder(application).listeners(dataInUse).properties(properties)
                    .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run());
        } catch (SpringApplication.AbandonedRunException e) {
            throw new IllegalStateException(dataInUse.problem() == null ? "the application did not start" : dataInUse.problem());
        }
    }

    ImportReport ingest(String fileName, byte[] content, DocumentKind kind) {
        return context.getBean(IngestionService.class).ingest(fileName, content, kind);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
