package org.peacetrack.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.reporting.ReportingFixtures;
import org.peacetrack.reporting.repository.OnlineRepository;
import org.peacetrack.reporting.repository.ReadProgress;
import org.peacetrack.security.Actor;
import org.peacetrack.security.Role;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusView;
import org.peacetrack.workflow.WorkflowService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The repository and the progress reports as an anonymous reader fetches them: pages, downloads, JSON. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTest {

    private static final String DRAFT = "kookaburradraft";
    private static final String PUBLISHED = "lyrebirdpublished";
    private static final Actor REVIEWER = new Actor("reviewer", "Reviewer", Role.REVIEWER, null);
    private static final Actor EDITOR = new Actor("editor", "Editor", Role.EDITOR, null);
    private static final Actor FOCAL = new Actor("focal.dpo", "Focal point, DPO", Role.FOCAL_POINT, "DPO");

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkflowService workflow;
    @Autowired
    RegisterService register;
    @Autowired
    OnlineRepository repository;

    @BeforeAll
    void importSessionsWithADraft() {
        ReportingFixtures.importSessions(jdbc, ingestion);
        long cycle = workflow.openCycle("A/78/19", 2025, LocalDate.now().plusDays(30), EDITOR).id();
        workflow.assign(cycle, List.of(54, 60), "DPO", EDITOR);
        workflow.saveDraft(cycle, register.item("A/78/19", 54).orElseThrow().id(), Status.IMPLEMENTED,
                "Draft text " + DRAFT + ".", null, FOCAL);
        StatusView update = workflow.saveDraft(cycle, register.item("A/78/19", 60).orElseThrow().id(), Status.IMPLEMENTED,
                "Implemented: " + PUBLISHED + ".", null, FOCAL);
        update = workflow.submit(update.id(), update.version(), FOCAL);
        update = workflow.approve(update.id(), update.version(), REVIEWER);
        workflow.publish(update.id(), update.version(), EDITOR);
    }

    @Test
    void theRepositoryIsServedAtStableAddressesWithRelativeLinks() throws Exception {
        mvc.perform(get("/repository/2024")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/repository/2024/"));
        mvc.perform(get("/repository/2024/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Online repository of recommendations of the Special Committee for 2024")))
                .andExpect(content().string(containsString("href=\"38.html\"")))
                .andExpect(content().string(containsString("href=\"style.css\"")));
        mvc.perform(get("/repository/2024/38.html")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Recommendation 38 of A/78/19")))
                .andExpect(content().string(containsString("href=\"../2023/37.html\"")));
        mvc.perform(get("/repository/2024/style.css")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
    }

    @Test
    void anUnknownYearOrRecommendationIsA404ThatSaysWhich() throws Exception {
        mvc.perform(get("/repository/2031/")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No report of the Special Committee for 2031 is recorded."));
        mvc.perform(get("/repository/2024/999.html")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("The report for 2024 has no recommendation 999."));
    }

    @Test
    void theZipHoldsTheOfflineSetInOneFolder() throws Exception {
        byte[] zip = mvc.perform(get("/repository/2024.zip")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("repository-2024.zip")))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        var year = repository.year(2024, ReadProgress.NONE).orElseThrow();
        assertThat(names).containsExactlyElementsOf(repository.offlineFiles(year, Locale.ENGLISH).keySet().stream()
                .map(n -> "repository-2024/" + n).toList());
    }

    @Test
    void aThemesReportIsAPageWithItsDownloadsAndAPdfAndAnHtmlFile() throws Exception {
        mvc.perform(get("/reports/progress/report").param("framework", "A/78/19").param("theme", "Partnerships"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("href=\"/reports/progress.pdf?framework=A/78/19&amp;theme=Partnerships\"")));
        mvc.perform(get("/reports/progress.pdf").param("framework", "A/78/19").param("theme", "Partnerships"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("progress-A-78-19-theme-Partnerships.pdf")));
        mvc.perform(get("/reports/progress.html").param("framework", "A/78/19").param("entity", "DPO"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("concerning DPO")))
                .andExpect(content().string(not(containsString("Download as PDF"))));
    }

    @Test
    void reportsShowPublishedStatusesOnlyNeverADraft() throws Exception {
        for (String address : List.of("/reports/progress/report?framework=A/78/19&entity=DPO",
                "/reports/progress.html?framework=A/78/19", "/api/reports/progress?framework=A/78/19&theme=Partnerships",
                "/repository/2024/54.html", "/api/repository/2024")) {
            mvc.perform(get(address)).andExpect(status().isOk()).andExpect(content().string(not(containsString(DRAFT))));
        }
        for (String address : List.of("/reports/progress/report?framework=A/78/19&entity=DPO", "/repository/2024/60.html")) {
            mvc.perform(get(address)).andExpect(content().string(containsString("Implemented: " + PUBLISHED)));
        }
    }

    @Test
    void badRequestsAreRefusedWithTheReason() throws Exception {
        mvc.perform(get("/reports/progress.csv").param("framework", "A/78/19")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Progress reports are written as html or pdf, not csv."));
        mvc.perform(get("/api/reports/progress").param("framework", "A/78/19").param("theme", "Politics")
                .param("entity", "DPO")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/reports/progress").param("framework", "A/78/19").param("theme", "Astrology"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No recommendation of A/78/19 has the theme \"Astrology\"."));
    }

    @Test
    void theApiGivesTheReportsFacts() throws Exception {
        mvc.perform(get("/api/reports/progress").param("framework", "A/78/19").param("theme", "Partnerships"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.previousSession").value("A/77/19"))
                .andExpect(jsonPath("$.entries[0].item.item.theme").value("Partnerships"));
        mvc.perform(get("/api/repository/2024")).andExpect(status().isOk())
                .andExpect(jsonPath("$.session").value("A/78/19"));
    }

    @Test
    void theSessionAndThemeListsAndTheReportsPageLinkTheReports() throws Exception {
        mvc.perform(get("/items").param("framework", "A/78/19").param("theme", "Partnerships"))
                .andExpect(content().string(containsString("/reports/progress.pdf?framework=A/78/19&amp;theme=Partnerships")));
        mvc.perform(get("/reports/progress"))
                .andExpect(content().string(containsString("/reports/progress/report?framework=A/78/19&amp;entity=DPO")))
                .andExpect(content().string(containsString("/repository/2024/")));
        mvc.perform(get("/reports/progress").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("Rapports d&#39;étape")));
    }
}
