package org.peacetrack.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.documents.RepairView;
import org.peacetrack.documents.fixtures.SeedRenditions;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whoever can read a document (an anonymous reader here) sees every change its reader made to the source's
 * characters, with the original as the file sets it: under the paragraph it lies in on the document's page,
 * and in the document's JSON.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepairsShownToReadersTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    DocumentService documents;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long documentId;
    List<RepairView> repairs;

    @BeforeAll
    void aPdfWhoseLinesBreakWordsAtHyphens() {
        Database.wipe(jdbc);
        documentId = ingestion.ingest("report.pdf", SeedRenditions.pdf(Seeds.ADDENDUM_2024, "A/79/553/Add.1", "24-19876"), null)
                .documentId();
        repairs = documents.get(documentId).orElseThrow().repairs();
        assertThat(repairs).as("the rendition hyphenates words at line ends").anyMatch(r -> r.paragraphId() != null);
    }

    @Test
    void theDocumentPageShowsEachRepairUnderItsParagraphWithTheOriginal() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/documents/" + documentId)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        RepairView first = repairs.stream().filter(r -> r.paragraphId() != null).findFirst().orElseThrow();
        assertThat(html).contains("Repaired: original “" + first.original() + "”, read as “" + first.repaired() + "”");
        String paragraph = html.substring(0, html.indexOf("Repaired: original “" + first.original()));
        assertThat(paragraph.substring(paragraph.lastIndexOf("<article"))).as("the repair sits in its paragraph")
                .contains(first.repaired());
    }

    @Test
    void theDocumentsJsonListsEachRepairWithItsParagraph() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(mvc.perform(get("/api/documents/" + documentId))
                .andReturn().getResponse().getContentAsString());

        JsonNode listed = json.get("repairs");
        assertThat(listed).hasSize(repairs.size());
        RepairView first = repairs.get(0);
        assertThat(listed.get(0).get("original").asString()).isEqualTo(first.original());
        assertThat(listed.get(0).get("repaired").asString()).isEqualTo(first.repaired());
        assertThat(listed.get(0).get("proof").asString()).isEqualTo(first.proof());
        long placed = 0;
        for (JsonNode repair : listed) {
            if (!repair.get("paragraphId").isNull()) {
                placed++;
            }
        }
        assertThat(placed).isEqualTo(repairs.stream().filter(r -> r.paragraphId() != null).count()).isPositive();
    }
}
