package org.peacetrack.register.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.LinkKind;
import org.peacetrack.register.RegisterService;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.testing.C34Reports;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A page view takes one database connection and gives it back: eight readers of a linked item's page and
 * lineage, against a pool of two connections, all get their answers (issue 18). Before, each view held one
 * connection while asking for a second, and the pool ran dry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:lineage-pool;DB_CLOSE_DELAY=-1",
    "spring.datasource.hikari.maximum-pool-size=2",
    "spring.datasource.hikari.connection-timeout=3000",
    // the controllers must share the pool, not the cache of anonymous answers (ADR 0062) answer for them
    "peacetrack.cache.anonymous.enabled=false"})
class LinkedItemReadersShareTheConnectionPoolTest {

    private static final int READERS = 8;
    private static final int VIEWS_EACH = 6;

    @LocalServerPort
    int port;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void eightReadersOfALinkedItemGetTheirPagesFromTwoConnections() throws Exception {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        ingestion.ingest(C34Fixtures.REPORT_2023, C34Fixtures.bytes(C34Fixtures.REPORT_2023), null);
        ingestion.ingest("A_77_19-conduct.md", C34Reports.report("A/77/19", 2023, Map.of(
                37, "The Special Committee requests the Secretariat to strengthen the vetting of personnel before deployment.",
                44, "The Special Committee urges the Secretariat to improve the water supply of remote camps.")), null);
        ingestion.ingest("A_78_19-conduct.md", C34Reports.report("A/78/19", 2024, Map.of(
                38, "The Special Committee requests the Secretariat to strengthen further the vetting of personnel.",
                40, "The Special Committee requests the Secretariat to report on trust fund projects for victims.")), null);
        long linked = linkedByReference();

        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        List<Future<List<Integer>>> answers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            answers.add(readers.submit(() -> views(linked)));
        }
        readers.shutdown();
        assertThat(readers.awaitTermination(90, TimeUnit.SECONDS)).as("readers finished").isTrue();

        for (Future<List<Integer>> answer : answers) {
            assertThat(answer.get()).hasSize(2 * VIEWS_EACH).containsOnly(200);
        }
    }

    /** A 2024 item whose status refers to a 2023 recommendation with a text (so the link has a score). */
    private long linkedByReference() {
        return register.listing("A/78/19", null).orElseThrow().items().stream()
                .map(i -> register.item(i.id()).orElseThrow())
                .filter(v -> v.references().stream().anyMatch(l -> l.kind() == LinkKind.REFERS_TO_PRIOR
                        && register.item(l.item().id()).orElseThrow().text() != null))
                .findFirst().orElseThrow().item().id();
    }

    private List<Integer> views(long itemId) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < VIEWS_EACH; i++) {
            statuses.add(get("/items/" + itemId));
            statuses.add(get("/api/items/" + itemId + "/lineage"));
        }
        return statuses;
    }

    private int get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
