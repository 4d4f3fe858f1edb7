package org.peacetrack.reporting.progress;

import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.reporting.ReportingFixtures;
import org.peacetrack.reporting.repository.ReadProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class ExploreTest {
    @Autowired ProgressReports reports;
    @Autowired ProgressDocuments documents;
    @Autowired IngestionService ingestion;
    @Autowired JdbcTemplate jdbc;

    @Test
    void explore() throws Exception {
        ReportingFixtures.importSessions(jdbc, ingestion);
        ProgressReport r = reports.report(ProgressScope.of("A/78/19", null, null), ReadProgress.NONE);
        StringBuilder b = new StringBuilder();
        b.append("prev=" + r.previousSession() + " entries=" + r.entries().size() + " dropped=" + r.dropped().size() + "\n");
        r.entries().forEach(e -> b.append(e.item().number() + " " + e.change() + " " + e.item().status() + " age=" + e.item().ageInSessions()
            + " theme=" + e.item().item().theme() + " ent=" + e.item().entities() + " earlier=" + e.item().earlier().stream().map(i -> i.frameworkCode() + " " + i.number()).toList()
            + " link=" + e.item().linkToPrevious() + "\n"));
        r.dropped().forEach(d -> b.append("dropped " + d.number() + " " + d.title() + "\n"));
        r.overSessions().forEach(c -> b.append(c + "\n"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/explore.txt"), b);
        java.nio.file.Files.write(java.nio.file.Path.of("target/explore.pdf"), documents.pdf(r, java.util.Locale.ENGLISH));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/explore.html"), documents.html(r, java.util.Locale.ENGLISH, java.util.Map.of()));
    }
}
