package org.peacetrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.caching.PublicationGeneration;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.register.Viewer;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.workflow.CycleQueries;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The cache of anonymous answers (ADR 0062) never carries unpublished work: a signed-in reviewer's request is
 * neither answered from it nor kept in it, whatever way they signed in, and publishing shows at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnonymousCacheShowsNoUnpublishedWorkTest {

    private static final Actor EDITOR = new Actor("editor", "Editor", Role.EDITOR, null);
    private static final Actor REVIEWER = new Actor("reviewer", "Reviewer", Role.REVIEWER, null);
    private static final Actor FOCAL = new Actor("focal.dpo", "Focal point, DPO", Role.FOCAL_POINT, "DPO");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    WorkflowService workflow;
    @Autowired
    CycleQueries cycles;
    @Autowired
    RegisterService register;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PublicationGeneration generation;

    SecretWork work;

    @BeforeEach
    void unpublishedWorkInEveryState() throws Exception {
        work = SecretWork.create(jdbc, ingestion, workflow, register);
        generation.awaitRaisesAfterCommits();
    }

    @Test
    void aReviewersRequestIsNeitherAnsweredFromTheCacheNorKeptForAnonymousReaders() throws Exception {
        String draftPage = "/items/" + work.items.get("DRAFT");
        double stores = counter("stores");

        assertThat(text(get(draftPage).with(httpBasic("reviewer", "peacetrack-demo")))).contains(SecretWork.DRAFT);
        assertThat(counter("stores")).as("the reviewer's page is not kept").isEqualTo(stores);
        assertThat(text(get(draftPage))).doesNotContain(SecretWork.DRAFT);
        assertThat(counter("stores")).as("the anonymous page is kept").isEqualTo(stores + 1);
        double hits = hits();

        assertThat(text(get(draftPage).with(httpBasic("reviewer", "peacetrack-demo")))).contains(SecretWork.DRAFT);
        text(get(draftPage).with(user("reviewer").roles("REVIEWER")));
        assertThat(hits()).as("no signed-in request answered from the cache").isEqualTo(hits);
        assertThat(text(get(draftPage))).doesNotContain(SecretWork.DRAFT);
        assertThat(hits()).isEqualTo(hits + 1);
    }

    @Test
    void aRequestWithASessionCookieIsNotAnonymous() throws Exception {
        String address = "/items/" + work.items.get("SUBMITTED");
        double stores = counter("stores");
        double hits = hits();

        text(get(address).cookie(new Cookie("JSESSIONID", "a-session-of-someone")));
        text(get(address).cookie(new Cookie("SESSION", "a-session-in-the-database")));
        text(get(address).cookie(new Cookie("SESSION", "a-session-in-the-database")));

        assertThat(counter("stores")).isEqualTo(stores);
        assertThat(hits()).isEqualTo(hits);
    }

    /** Revises the returned update with a word of its own (publishing a secret would put it in the index). */
    @Test
    void publishingAnUpdateShowsOnTheNextAnonymousRequest() throws Exception {
        long item = work.items.get("RETURNED");
        String revised = "kakapopublished";
        StatusView returned = cycles.workItem(work.cycle, item, Viewer.of(Optional.of(EDITOR))).orElseThrow().update();
        StatusView draft = workflow.saveDraft(work.cycle, item, Status.IMPLEMENTED, "Revised text " + revised + ".",
                returned.version(), FOCAL);
        StatusView submitted = workflow.submit(draft.id(), draft.version(), FOCAL);
        StatusView approved = workflow.approve(submitted.id(), submitted.version(), REVIEWER);
        assertThat(text(get("/items/{id}", item))).doesNotContain(revised);
        assertThat(text(get("/api/items/{id}", item))).doesNotContain(revised);
        assertThat(text(get("/search").param("q", revised))).doesNotContain("Revised text");
        assertThat(text(get("/items/{id}", item))).doesNotContain(revised);

        workflow.publish(approved.id(), approved.version(), EDITOR);

        assertThat(text(get("/items/{id}", item))).contains(revised);
        assertThat(text(get("/api/items/{id}", item))).contains(revised);
        assertThat(text(get("/search").param("q", revised))).contains(revised);
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private double hits() {
        return meters.counter("peacetrack.cache.anonymous.requests", "result", "hit").count();
    }

    private double counter(String name) {
        return meters.counter("peacetrack.cache.anonymous." + name).count();
    }
}
