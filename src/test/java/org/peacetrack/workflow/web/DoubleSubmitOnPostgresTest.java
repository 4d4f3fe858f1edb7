package org.peacetrack.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.FormSession;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.Seeds;
import org.peacetrack.testing.TestPostgres;
import org.peacetrack.workflow.AssignedCycle;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14, item 1: six parallel posts of one first draft (a double click, a retrying proxy) against a
 * running server on PostgreSQL make one update, answer each post without a server error, and leave the
 * cycle readable. Before, they made several DRAFT rows and every cycle page answered 500 from then on.
 */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DoubleSubmitOnPostgresTest {

    private static final int POSTS = 6;
    private static final String PASSWORD = "peacetrack-demo";

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
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;

    long cycle;
    long item;

    @BeforeEach
    void cycleWithItem38AssignedToDpo() {
        AssignedCycle start = AssignedCycle.open(jdbc, ingestion, workflow, register, 38);
        cycle = start.cycle();
        item = start.item38();
    }

    @Test
    void sixParallelPostsOfAFirstDraftMakeOneUpdateAndNoServerError() throws Exception {
        FormSession focal = FormSession.signedIn(port, "focal.dpo", PASSWORD);
        String page = "/cycles/" + cycle + "/items/" + item;
        Map<String, String> form = new java.util.HashMap<>(Map.of("status", "IMPLEMENTED",
                "narrative", "The vetting policy was issued in March 2025."));
        String version = hiddenVersion(focal.get(page).body());
        if (version != null) {
            form.put("version", version);
        }

        ExecutorService clients = Executors.newFixedThreadPool(POSTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            answers.add(clients.submit(() -> {
                start.await();
                return focal.post(page + "/draft", form).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        clients.shutdown();

        assertThat(statuses).as("each post is saved (302) or told of the other (409), never a 500")
                .allMatch(s -> s == 302 || s == 409).contains(302);
        assertThat(jdbc.queryForObject("select count(*) from status_update where cycle_id = ? and item_id = ?",
                Integer.class, cycle, item)).isEqualTo(1);
        HttpResponse<String> cyclePage = focal.get("/cycles/" + cycle);
        assertThat(cyclePage.statusCode()).isEqualTo(200);
        assertThat(focal.get(page).statusCode()).isEqualTo(200);
        assertThat(FormSession.signedIn(port, "reviewer", PASSWORD).get("/cycles/" + cycle).statusCode())
                .isEqualTo(200);
    }

    @Test
    void fourParallelImportsOfOneFileStoreItOnceAndAnswerWithoutAServerError() throws Exception {
        Database.wipe(jdbc);
        String basic = java.util.Base64.getEncoder().encodeToString(("editor:" + PASSWORD).getBytes());
        byte[] file = Seeds.bytes(Seeds.REPORT_2017);
        String boundary = "----parallel-import";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();

        ExecutorService clients = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(clients.submit(() -> {
                start.await();
                return new FormSession(port).send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/imports"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArrays(List.of(head, file, tail))));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                assertThat(response.body()).contains("at the same time");
            }
        }
        clients.shutdown();

        assertThat(statuses).as("created (201), already there (200) or told to retry (409)")
                .allMatch(s -> s == 201 || s == 200 || s == 409).contains(201);
        assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isEqualTo(1);
    }

    private static String hiddenVersion(String html) {
        var m = java.util.regex.Pattern.compile("name=\"version\"[^>]*value=\"(-?\\d+)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
