package org.peacetrack.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.search.IndexMaintenance;
import org.peacetrack.search.IndexProgress;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SearchIndexPagesTest {

    private static final String ADMIN_PASSWORD = "root-secret-for-tests";

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    IndexMaintenance maintenance;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorRebuildsTheIndexWhileTheServerRunsAndSeesItsProgress() throws Exception {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);

        mvc.perform(post("/admin/search-index/rebuild").with(httpBasic("admin", ADMIN_PASSWORD)).with(csrf()))
                .andExpect(redirectedUrl("/admin/search-index?started=now"));
        IndexProgress ended = awaitEnd();

        assertThat(ended.failure()).isNull();
        assertThat(ended.indexed()).isEqualTo(ended.total()).isGreaterThan(242);
        mvc.perform(get("/admin/search-index").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Last rebuild ended at")))
                .andExpect(content().string(containsString("Rebuild the index now")));
        mvc.perform(get("/api/admin/search-index").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(jsonPath("$.running").value(false))
                .andExpect(jsonPath("$.indexed").value(ended.indexed()));
    }

    @Test
    void restRebuildAnswersAcceptedThenTheProgressEndsWithEveryRecord() throws Exception {
        mvc.perform(post("/api/admin/search-index/rebuild").with(httpBasic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isAccepted());
        IndexProgress ended = awaitEnd();

        assertThat(ended.failure()).isNull();
        assertThat(ended.endedAt()).isNotNull();
    }

    @Test
    void onlyAnAdministratorSeesOrStartsARebuild() throws Exception {
        mvc.perform(get("/admin/search-index")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/search-index")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/search-index/rebuild")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/search-index/rebuild").with(httpBasic("editor", "peacetrack-demo")))
                .andExpect(status().is4xxClientError());
    }

    private IndexProgress awaitEnd() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        IndexProgress p = maintenance.progress();
        while ((p.running() || p.endedAt() == null) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            p = maintenance.progress();
        }
        assertThat(p.running()).as("rebuild still running after two minutes").isFalse();
        return p;
    }
}
