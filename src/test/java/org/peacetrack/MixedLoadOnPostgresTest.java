package org.peacetrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peacetrack.benchmarks.corpus.ZipfSampler;
import org.peacetrack.benchmarks.load.ClosedLoop;
import org.peacetrack.benchmarks.load.ClosedLoop.Outcome;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.FormSession;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.Seeds;
import org.peacetrack.testing.TestPostgres;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14, load and soak: 50 clients at once against a running server on PostgreSQL for a bounded time
 * (20 s after a 15 s warm-up; {@code -Dpeacetrack.load.seconds=900} makes it the 15-minute soak of
 * docs/benchmarks.md). 34 anonymous readers ask public pages and searches (items, and words of the imported
 * paragraphs, by Zipf's law, as readers do); 16 teams of a focal point, a reviewer and an editor, each signed in and each on items of its
 * own, draft and submit updates, return them with a message or approve them, and publish the approved ones.
 * Every answer must be what a browser expects (pages 200, forms 302): not one error. The server's heap used
 * after a full collection at the end must stay within 64 MB of its level after the warm-up: what a request
 * leaves behind (a session per anonymous visitor, a growing cache) would show there.
 */
@RequiresPostgres
// the cache of anonymous answers held to 64 MB, as when the heap bound below was set: by default it may take an
// eighth of the test JVM's heap, far more than the bound
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.thymeleaf.cache=true", "peacetrack.cache.anonymous.max-size=64MB"})
class MixedLoadOnPostgresTest {

    private static final String PASSWORD = "peacetrack-demo";
    private static final int CLIENTS = 50;
    private static final int TEAMS = 16;
    private static final long HEAP_GROWTH_BOUND = 64L << 20;
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"");
    private static final Pattern UPDATE = Pattern.compile("name=\"updateId\" value=\"(\\d+)\"");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    IngestionService ingestion;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyReadersAndEditorsAtOnceGetNoErrorAndLeaveTheHeapWhereItWas() throws Exception {
        Database.wipe(jdbc);
        for (String seed : List.of(Seeds.ADDENDUM_2024, Seeds.REPORT_2020, Seeds.REPORT_2017)) {
            ingestion.ingest(seed, Seeds.bytes(seed), null);
        }
        Actor editor = new Actor("editor", "Editor", Role.EDITOR, null);
        Map<Long, List<Long>> itemsByCycle = new TreeMap<>();
        for (String framework : jdbc.queryForList("select code from framework order by code", String.class)) {
            List<Integer> numbers = jdbc.queryForList("select i.item_number from tracked_item i join framework f"
                    + " on f.id = i.framework_id where f.code = ? order by i.item_number", Integer.class, framework);
            long cycle = workflow.openCycle(framework, 2026, LocalDate.now().plusDays(30), editor).id();
            workflow.assign(cycle, numbers, "DPO", editor);
            itemsByCycle.put(cycle, jdbc.queryForList("select item_id from assignment where cycle_id = ? order by item_id",
                    Long.class, cycle));
        }
        Readers readers = new Readers(port, jdbc);
        List<Team> teams = new ArrayList<>();
        int t = 0;
        for (var cycle : itemsByCycle.entrySet()) {
            for (int i = 0; i < cycle.getValue().size(); i++) {
                if (teams.size() < TEAMS) {
                    teams.add(new Team(port, new Random(teams.size())));
                }
                teams.get(t++ % TEAMS).own(cycle.getKey(), cycle.getValue().get(i));
            }
        }
        assertThat(teams).as("every team has items of its own").hasSize(TEAMS).allMatch(team -> !team.items.isEmpty());

        ClosedLoop.Result warmUp = ClosedLoop.run(CLIENTS, Duration.ofSeconds(15), c -> client(c, readers, teams));
        long before = heapAfterCollection();
        long seconds = Long.getLong("peacetrack.load.seconds", 20);
        ClosedLoop.Result load = ClosedLoop.run(CLIENTS, Duration.ofSeconds(seconds), c -> client(c, readers, teams));
        long after = heapAfterCollection();
        int published = jdbc.queryForObject("select count(*) from status_update where cycle_id is not null"
                + " and workflow_state = 'PUBLISHED'", Integer.class);
        int returned = jdbc.queryForObject("select count(*) from change_log where action ilike '%return%'", Integer.class);
        System.out.printf("Mixed load: warm-up %s; load %s; heap after collection %d MB before, %d MB after;"
                + " %d updates published, %d returns%n", warmUp.summary(), load.summary(), before >> 20, after >> 20,
                published, returned);

        assertThat(warmUp.errors() + load.errors()).as("errors: %s %s %s", warmUp.errorKinds(), load.errorKinds(),
                load.examples().isEmpty() ? warmUp.examples() : load.examples()).isZero();
        assertThat(load.requests()).as("the load ran").isGreaterThan(seconds);
        assertThat(published).as("the teams' approved updates were published").isPositive();
        assertThat(returned).as("and others returned with a message").isPositive();
        assertThat(after).as("heap used after a full collection: %d MB after the warm-up, %d MB at the end",
                before >> 20, after >> 20).isLessThanOrEqualTo(before + HEAP_GROWTH_BOUND);
    }

    private static ClosedLoop.Client client(int index, Readers readers, List<Team> teams) {
        return index < TEAMS ? teams.get(index) : readers.client(new Random(1000 + index));
    }

    private static long heapAfterCollection() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** Anonymous readers, no cookies: item pages, framework lists, permalinks, the JSON item and searches. */
    private static final class Readers {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private final String base;
        private final List<Long> items;
        private final List<String> frameworks;
        private final List<String> words;
        private final ZipfSampler itemRanks;
        private final ZipfSampler wordRanks;

        Readers(int port, JdbcTemplate jdbc) {
            base = "http://localhost:" + port;
            items = jdbc.queryForList("select id from tracked_item order by md5(id::text)", Long.class);
            frameworks = jdbc.queryForList("select code from framework", String.class);
            words = jdbc.queryForList("select w from (select lower(unnest(regexp_split_to_array(body, '[^A-Za-z]+')))"
                    + " w from paragraph) t where length(w) > 3 group by w order by count(*) desc, w", String.class);
            itemRanks = new ZipfSampler(items.size(), 0.8);
            wordRanks = new ZipfSampler(words.size(), 1.0);
        }

        ClosedLoop.Client client(Random random) {
            return () -> {
                String path = next(random);
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding());
                return new Outcome(answer.statusCode() == 200, answer.statusCode() + " " + path);
            };
        }

        private String next(Random random) {
            long item = items.get(itemRanks.next(random));
            return switch (random.nextInt(10)) {
                case 0, 1, 2 -> "/items/" + item;
                case 3 -> "/api/items/" + item;
                case 4 -> "/items?framework=" + encode(frameworks.get(random.nextInt(frameworks.size())));
                case 5 -> "/";
                case 6, 7 -> "/api/search?q=" + encode(word(random)) + (random.nextBoolean() ? "" : "&page=2");
                default -> "/search?q=" + encode(word(random) + " " + word(random));
            };
        }

        private String word(Random random) {
            return words.get(wordRanks.next(random));
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /**
     * A focal point, a reviewer and an editor, each signed in, taking the team's items through the workflow
     * one request at a time: the focal point drafts and submits; the reviewer returns it with a message
     * (four times in five) or approves it; the editor publishes what was approved, and the team moves on.
     */
    private static final class Team implements ClosedLoop.Client {

        private final FormSession focal;
        private final FormSession reviewer;
        private final FormSession editor;
        private final Random random;
        private final List<long[]> items = new ArrayList<>();
        private int current;
        private Step step = Step.OPEN_DRAFT;
        private String page;

        private enum Step { OPEN_DRAFT, SUBMIT, OPEN_REVIEW, DECIDE, OPEN_PUBLISH, PUBLISH, READ }

        Team(int port, Random random) {
            this.focal = FormSession.signedIn(port, "focal.dpo", PASSWORD);
            this.reviewer = FormSession.signedIn(port, "reviewer", PASSWORD);
            this.editor = FormSession.signedIn(port, "editor", PASSWORD);
            this.random = random;
        }

        void own(long cycle, long item) {
            items.add(new long[] {cycle, item});
        }

        @Override
        public Outcome call() {
            if (current >= items.size()) {
                return read(focal, "/my-items", Step.READ);
            }
            long[] item = items.get(current);
            String work = "/cycles/" + item[0] + "/items/" + item[1];
            return switch (step) {
                case OPEN_DRAFT -> read(focal, work, Step.SUBMIT);
                case SUBMIT -> post(focal, work + "/draft", Map.of("status", random.nextBoolean() ? "ONGOING" : "IMPLEMENTED",
                        "narrative", "Progress reported under load, round " + random.nextInt(1000) + ".",
                        "version", find(VERSION, page), "then", "submit"), Step.OPEN_REVIEW);
                case OPEN_REVIEW -> read(reviewer, work, Step.DECIDE);
                case DECIDE -> {
                    boolean approve = random.nextInt(5) == 0;
                    Map<String, String> form = Map.of("updateId", find(UPDATE, page), "version", find(VERSION, page),
                            "decision", approve ? "approve" : "return", "message", "Please add the source of the figures.");
                    yield post(reviewer, work + "/decision", form, approve ? Step.OPEN_PUBLISH : Step.OPEN_DRAFT);
                }
                case OPEN_PUBLISH -> read(editor, work, Step.PUBLISH);
                case PUBLISH -> {
                    Outcome done = post(editor, work + "/decision", Map.of("updateId", find(UPDATE, page),
                            "version", find(VERSION, page), "decision", "publish"), Step.OPEN_DRAFT);
                    current++;
                    yield done;
                }
                case READ -> read(focal, "/my-items", Step.READ);
            };
        }

        private Outcome read(FormSession who, String path, Step then) {
            HttpResponse<String> answer = who.get(path);
            boolean ok = answer.statusCode() == 200;
            if (ok) {
                page = answer.body();
                step = then;
            }
            return new Outcome(ok, answer.statusCode() + " GET " + path);
        }

        private Outcome post(FormSession who, String path, Map<String, String> form, Step then) {
            HttpResponse<String> answer = who.post(path, form);
            boolean ok = answer.statusCode() == 302;
            step = ok ? then : Step.OPEN_DRAFT;
            return new Outcome(ok, answer.statusCode() + " POST " + path + " " + form);
        }

        private static String find(Pattern pattern, String page) {
            Matcher m = pattern.matcher(page == null ? "" : page);
            return m.find() ? m.group(1) : "-1";
        }
    }
}
