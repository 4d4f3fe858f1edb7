package org.peacetrack.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.DocumentSummary;
import org.peacetrack.documents.ParagraphView;
import org.peacetrack.search.Facet;
import org.peacetrack.search.FacetName;
import org.peacetrack.search.IndexMaintenance;
import org.peacetrack.search.SearchRequest;
import org.peacetrack.search.SearchResults;
import org.peacetrack.search.SearchService;
import org.peacetrack.testing.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A United Nations document outside the Special Committee's cycle imports, shows and is found like the rest. */
@SpringBootTest
@AutoConfigureMockMvc
class UnDocumentImportTest {

    /** A hand-written document in the shape of a mission report: masthead, title, Roman sections. */
    private static final String MISSION_REPORT = """
            United Nations S/2017/999

            Security Council Distr.: General

            16 March 2017

            Original: English

            Report of the Secretary-General on an imaginary mission

            I. Introduction

            1. The present report covers the quarterly reporting period of the imaginary mission.

            2. The mission completed the handover of its zircon-coloured compounds.

            II. Observations

            3. The Security Council may wish to take note of the present report.
            """;

    @Autowired
    IngestionService ingestion;
    @Autowired
    DocumentService documents;
    @Autowired
    SearchService search;
    @Autowired
    IndexMaintenance index;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() throws InterruptedException {
        Database.wipe(jdbc);
        index.rebuild(progress -> { });
    }

    @Test
    void missionReportImportsAsAUnitedNationsDocumentWithItsMastheadAndParagraphs() {
        ImportReport report = ingest();

        assertThat(report.kind()).isEqualTo(DocumentKind.UN_DOCUMENT);
        assertThat(report.symbol()).isEqualTo("S/2017/999");
        DocumentSummary stored = documents.get(report.documentId()).orElseThrow().document();
        assertThat(stored.issuedOn()).isEqualTo(LocalDate.of(2017, 3, 16));
        assertThat(stored.title()).isEqualTo("Report of the Secretary-General on an imaginary mission");
        assertThat(stored.distribution()).isEqualTo("General");
        assertThat(stored.year()).isEqualTo(2017);
        List<ParagraphView> paragraphs = documents.get(report.documentId()).orElseThrow().paragraphs();
        assertThat(paragraphs).extracting(ParagraphView::number).containsExactly("1", "2", "3");
        assertThat(report.itemsCreated()).isZero();
    }

    @Test
    void undatedDocumentKeepsTheYearOfItsSymbolsSessionAndItsAgendaItem() throws Exception {
        String undated = "United Nations A/72/999\n\nGeneral Assembly Distr.: General\n\nSeventy-second session\n\n"
                + "Agenda item 54\n\nAn imaginary note\n\nNote by the Secretariat\n\nI. Introduction\n\n"
                + "1. The note has one paragraph.\n";
        ImportReport report = ingestion.ingest("A_72_999.txt", undated.getBytes(StandardCharsets.UTF_8), null);

        DocumentSummary stored = documents.get(report.documentId()).orElseThrow().document();
        assertThat(stored.issuedOn()).isNull();
        assertThat(stored.session()).isEqualTo(72);
        assertThat(stored.year()).isEqualTo(2017);
        assertThat(stored.agendaItem()).isEqualTo("54");
        mvc.perform(get("/documents/" + report.documentId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("not stated (2017)")))
                .andExpect(content().string(containsString("Agenda item")));
    }

    @Test
    void itsParagraphsAreFoundAndTheKindFacetShowsIt() {
        ingest();

        SearchResults found = search.search(SearchRequest.of("zircon"));
        assertThat(found.total()).isEqualTo(1);
        Facet kinds = found.facets().stream().filter(f -> f.name() == FacetName.KIND).findFirst().orElseThrow();
        assertThat(kinds.values()).anyMatch(v -> v.value().equals("UN_DOCUMENT") && v.count() == 1);
        SearchRequest narrowed = new SearchRequest("zircon", Map.of(FacetName.KIND, List.of("UN_DOCUMENT")), 1, 20);
        assertThat(search.search(narrowed).total()).isEqualTo(1);
    }

    @Test
    void anonymousReaderSeesItOnTheDocumentsPagesWithItsKind() throws Exception {
        ImportReport report = ingest();

        mvc.perform(get("/documents")).andExpect(status().isOk())
                .andExpect(content().string(containsString("S/2017/999")))
                .andExpect(content().string(containsString("United Nations document")));
        mvc.perform(get("/documents/" + report.documentId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"p2\"")));
    }

    private ImportReport ingest() {
        return ingestion.ingest("S_2017_999.txt", MISSION_REPORT.getBytes(StandardCharsets.UTF_8), null);
    }
}
