package org.peacetrack;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacetrack.caching.PublicationGeneration;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.C34Sessions;
import org.peacetrack.register.RegisterService;
import org.peacetrack.testing.C34Reports;
import org.peacetrack.testing.FormSession;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one PostgreSQL database, each with its own cache of anonymous answers (ADR 0062): an import
 * committed through the first retires what the second kept, at once, because both key their answers by the one
 * publication generation; signing in (sessions in the database, Spring Session JDBC) raises nothing, and the
 * signed-in reader's pages are not kept. Over real Tomcat, a kept page keeps its language.
 */
@RequiresPostgres
class AnonymousCacheAcrossNodesOnPostgresTest {

    private static final int YEAR = 2034;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aWriteThroughOneNodeRetiresWhatTheOtherKept() throws Exception {
        String database = TestPostgres.freshDatabaseUrl("anonymous_cache");
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        try {
            nodes.add(start(1, database));
            nodes.add(start(2, database));
            ConfigurableApplicationContext one = nodes.get(0);
            ConfigurableApplicationContext two = nodes.get(1);
            String first = C34Sessions.symbolOf(YEAR);
            String next = C34Sessions.symbolOf(YEAR + 1);
            one.getBean(IngestionService.class).ingest("nodes-" + YEAR + ".md", C34Reports.report(first, YEAR,
                    Map.of(3, "The Special Committee requests the Secretariat to train bandicoot observers.")), null);
            long item = two.getBean(RegisterService.class).item(first, 3).orElseThrow().id();
            one.getBean(PublicationGeneration.class).awaitRaisesAfterCommits();

            assertThat(get(two, "/api/frameworks", null).body()).contains(first).doesNotContain(next);
            double hits = hits(two);
            assertThat(get(two, "/api/frameworks", null).body()).contains(first).doesNotContain(next);
            assertThat(hits(two)).as("the second node answers from its cache").isEqualTo(hits + 1);

            one.getBean(IngestionService.class).ingest("nodes-" + (YEAR + 1) + ".md", C34Reports.report(next,
                    YEAR + 1, Map.of(4, "The Special Committee requests the Secretariat to count quoll patrols.")), null);

            assertThat(get(two, "/api/frameworks", null).body()).as("the first node's import, on the second node")
                    .contains(first, next);

            HttpResponse<String> french = get(two, "/items/" + item, "fr");
            HttpResponse<String> keptFrench = get(two, "/items/" + item, "fr");
            assertThat(keptFrench.body()).isEqualTo(french.body()).contains(">Recherche<");
            assertThat(keptFrench.headers().firstValue("Content-Language")).contains("fr")
                    .isEqualTo(french.headers().firstValue("Content-Language"));
            assertThat(keptFrench.headers().firstValue("Content-Type")).isEqualTo(french.headers().firstValue("Content-Type"));
            assertThat(keptFrench.headers().firstValue("Content-Security-Policy")).as("the security chain's headers")
                    .isEqualTo(french.headers().firstValue("Content-Security-Policy")).isPresent();

            JdbcTemplate jdbc = two.getBean(JdbcTemplate.class);
            long generation = generation(jdbc);
            FormSession reviewer = FormSession.signedIn(port(one), "reviewer", "peacetrack-demo");
            assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isPositive();
            assertThat(generation(jdbc)).as("sessions are not what readers see").isEqualTo(generation);

            double stores = stores(two);
            String cookie = "SESSION=" + reviewer.cookie("SESSION").orElseThrow();
            HttpResponse<String> signedIn = send(two, HttpRequest.newBuilder(uri(two, "/items/" + item + "?x=1"))
                    .header("Cookie", cookie));
            assertThat(signedIn.statusCode()).isEqualTo(200);
            assertThat(signedIn.body()).contains("Reviewer");
            assertThat(stores(two)).as("a signed-in reader's page is not kept").isEqualTo(stores);
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
        }
    }

    private static ConfigurableApplicationContext start(int node, String database) {
        return new SpringApplicationBuilder(PeacetrackApplication.class).run(
                "--spring.datasource.url=" + database, "--spring.datasource.username=" + TestPostgres.user(),
                "--spring.datasource.password=", "--spring.datasource.hikari.maximum-pool-size=5",
                "--server.port=0", "--peacetrack.sessions.store=database", "--spring.jmx.enabled=false",
                "--logging.file.name=target/test-logs/anonymous-cache-node-" + node + ".log");
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String language)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> response = send(node, request);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> send(ConfigurableApplicationContext node, HttpRequest.Builder request)
            throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://localhost:" + port(node) + path);
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private static long generation(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select generation from publication_generation where id = 1", Long.class);
    }

    private static double hits(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).counter("peacetrack.cache.anonymous.requests", "result", "hit").count();
    }

    private static double stores(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).counter("peacetrack.cache.anonymous.stores").count();
    }
}
