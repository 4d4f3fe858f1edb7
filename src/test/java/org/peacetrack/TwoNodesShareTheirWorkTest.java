package org.peacetrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.search.CommittedButNotIndexed;
import org.peacetrack.search.IndexMaintenance;
import org.peacetrack.search.SearchRequest;
import org.peacetrack.search.SearchService;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.testing.FormSession;
import org.peacetrack.testing.OpenSearchCondition;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.Seeds;
import org.peacetrack.testing.TestOpenSearch;
import org.peacetrack.testing.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes, started at the same time from the example configuration of docs/deployment.md on one
 * PostgreSQL database and one OpenSearch node (issue 17 item 3): what is imported on the first is stored, found
 * by search and served on the second, a user signed in on the first is signed in on the second with the same
 * cookie, failed sign-ins count across both, the start-up work ran once, and what the first node committed but
 * never indexed (it died in between) is indexed by the second node's checkpoints. The nodes are two Spring
 * applications in the test JVM, each with its own web server on a random port, connection pool and Hibernate
 * Search mapping: they share only what separate machines would share (ADR 0055 says why not two processes).
 */
@RequiresPostgres
@ExtendWith(OpenSearchCondition.class)
class TwoNodesShareTheirWorkTest {

    private static final String ADMIN_PASSWORD = "two-nodes-share-one-database-7";

    @Test
    void whatOneNodeImportsAndWhoSignsInThereTheOtherNodeServes() throws Exception {
        String database = TestPostgres.freshDatabaseUrl("two_nodes");
        String prefix = "two-nodes-" + UUID.randomUUID() + "-";
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(
                    () -> start(1, database, prefix));
            CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(
                    () -> start(2, database, prefix));
            nodes.add(first.join());
            nodes.add(second.join());
            ConfigurableApplicationContext one = nodes.get(0);
            ConfigurableApplicationContext two = nodes.get(1);
            JdbcTemplate jdbc = two.getBean(JdbcTemplate.class);

            assertThat(jdbc.queryForObject("select count(*) from account where username = 'admin'", Integer.class))
                    .as("one first administrator, though both nodes started on an empty database").isEqualTo(1);

            one.getBean(IngestionService.class).ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);

            assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isEqualTo(1);
            assertThat(two.getBean(SearchService.class).search(SearchRequest.of("MONUSCO")).total())
                    .as("search hits on the second node").isPositive();
            assertThat(get(two, "/search?q=MONUSCO", null).body()).as("the search page of the second node")
                    .contains("MONUSCO");

            FormSession signedIn = FormSession.signedIn(port(one), "admin", ADMIN_PASSWORD);
            String cookie = signedIn.cookie("SESSION").orElseThrow(() -> new AssertionError("no SESSION cookie"));
            assertThat(get(two, "/admin/search-index", null).statusCode()).as("without the cookie").isIn(302, 401);
            assertThat(get(two, "/admin/search-index", "SESSION=" + cookie).statusCode())
                    .as("the first node's session on the second node").isEqualTo(200);
            assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'admin'",
                    Integer.class)).isEqualTo(1);

            for (int attempt = 0; attempt < 5; attempt++) {
                wrongPassword(one, "guessed-account");
            }
            assertThat(wrongPassword(two, "guessed-account")).as("the sixth guess, on the other node")
                    .endsWith("/login?locked");

            // the first node commits an import and dies before indexing it: the second node's checkpoints
            // (the first marks the journal rows, the next re-indexes them from the database) bring it into the index
            CommittedButNotIndexed.run(one, () -> one.getBean(IngestionService.class).ingest(C34Fixtures.REPORT_2023,
                    C34Fixtures.bytes(C34Fixtures.REPORT_2023), null));
            IndexMaintenance index = two.getBean(IndexMaintenance.class);
            assertThat(index.indexedCount()).as("before the checkpoints").isLessThan(stored(jdbc));
            index.checkpoint();
            index.checkpoint();
            assertThat(index.indexedCount()).as("after two checkpoints on the other node").isEqualTo(stored(jdbc));
            assertThat(jdbc.queryForObject("select count(*) from search_index_journal", Long.class)).isZero();
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
        }
    }

    /** Records of the indexed kinds in the database. */
    private static long stored(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select (select count(*) from tracked_item) + (select count(*) from status_update)"
                + " + (select count(*) from paragraph)", Long.class);
    }

    private static ConfigurableApplicationContext start(int node, String database, String indexPrefix) {
        Map<String, String> environment = Map.of("PEACETRACK_DB_URL", database, "PEACETRACK_DB_USER",
                TestPostgres.user(), "PEACETRACK_DB_PASSWORD", "", "PEACETRACK_DB_POOL", "5",
                "PEACETRACK_OPENSEARCH_URIS", TestOpenSearch.uri(), "PEACETRACK_OPENSEARCH_INDEX_PREFIX", indexPrefix,
                "PEACETRACK_ADMIN_PASSWORD", ADMIN_PASSWORD, "PEACETRACK_PORT", "0",
                "PEACETRACK_LOG_FILE", "target/test-logs/two-nodes-" + node + ".log");
        List<String> args = new ArrayList<>();
        args.add("--spring.config.additional-location=file:docs/deployment/peacetrack.yml");
        args.add("--spring.jmx.enabled=false");
        environment.forEach((name, value) -> args.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(PeacetrackApplication.class).run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /** Where a sign-in with a wrong password sends the browser. */
    private static String wrongPassword(ConfigurableApplicationContext node, String username) {
        FormSession session = new FormSession(port(node));
        session.get("/login");
        return session.post("/login", Map.of("username", username, "password", "not-the-password-at-all"))
                .headers().firstValue("Location").orElse("");
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port(node) + path))
                .timeout(Duration.ofSeconds(60));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
