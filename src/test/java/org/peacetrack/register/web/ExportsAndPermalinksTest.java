package org.peacetrack.register.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

@SpringBootTest
@AutoConfigureMockMvc
class ExportsAndPermalinksTest {

    private static final String HEADER = "framework,session,number,title,theme,status,statusYear,statusText,"
            + "references,entities,missions,permalink";

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importAddendum() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
    }

    private byte[] download(String format, String theme) throws Exception {
        var request = get("/items/export." + format).param("framework", "A/78/19");
        if (theme != null) {
            request.param("theme", theme);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static List<Map<String, String>> rows(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).as("UTF-8 byte-order mark").startsWith("\uFEFF");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text.substring(1))) {
            return rows.readAll();
        }
    }

    @Test
    void browseListDownloadsAsCsvXlsxAndJsonWithTheSameColumns() throws Exception {
        byte[] csv = download("csv", "Politics");
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow()).isEqualTo("\uFEFF" + HEADER);
        List<Map<String, String>> rows = rows(csv);
        assertThat(rows).hasSize(12);
        assertThat(rows.get(0)).containsEntry("framework", "A/78/19").containsEntry("number", "112")
                .containsEntry("theme", "Politics").containsEntry("status", "NARRATIVE")
                .containsEntry("permalink", "http://localhost/recommendations/2024/112");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx", "Politics")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
            assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("permalink");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(112.0);
        }

        JsonNode json = JsonMapper.builder().build().readTree(download("json", "Politics"));
        assertThat(json).hasSize(12);
        assertThat(String.join(",", json.get(0).propertyNames())).isEqualTo(HEADER);
        assertThat(download("json", null)).isNotEmpty();
    }

    @Test
    void downloadOfTheDefaultViewHasEveryRecommendationEvenWithAnEmptyTheme() throws Exception {
        List<Map<String, String>> all = rows(download("csv", ""));
        assertThat(all).hasSize(121);
        assertThat(all.get(120)).containsEntry("framework", "A/78/19").containsEntry("session", "2024")
                .containsEntry("number", "180");
        List<Map<String, String>> ongoing = rows(mvc.perform(get("/items/export.csv").param("framework", "A/78/19")
                .param("status", "ONGOING")).andReturn().getResponse().getContentAsByteArray());
        assertThat(ongoing).isNotEmpty().allSatisfy(row -> assertThat(row).containsEntry("status", "ONGOING"));
    }

    @Test
    void downloadsCarryTheStatusTextItsYearReferencesAndEntities() throws Exception {
        Map<String, String> item38 = rows(download("csv", null)).stream()
                .filter(r -> r.get("number").equals("38")).findFirst().orElseThrow();
        assertThat(item38).containsEntry("status", "ONGOING").containsEntry("statusYear", "2024")
                .containsEntry("references", "A/77/19 37")
                .containsEntry("permalink", "http://localhost/recommendations/2024/38");
        assertThat(item38.get("statusText")).startsWith("Implementation is ongoing. Please refer to the status of "
                + "recommendation 37");
        assertThat(rows(download("csv", null))).anySatisfy(r -> assertThat(r.get("entities")).isNotBlank());
    }

    @Test
    void anUnknownFormatIsABadRequest() throws Exception {
        mvc.perform(get("/items/export.docm").param("framework", "A/78/19")).andExpect(status().isBadRequest());
    }

    @Test
    void recommendationHasAPermalinkBySessionAndNumber() throws Exception {
        mvc.perform(get("/recommendations/2024/38"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recommendation 38 of A/78/19")))
                .andExpect(content().string(containsString("/recommendations/2024/38")));
        mvc.perform(get("/recommendations/2024/23")).andExpect(status().isNotFound());
    }

    @Test
    void apiListsArePagedAndFiltered() throws Exception {
        mvc.perform(get("/api/items").param("framework", "A/78/19").param("size", "10").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.total").value(121))
                .andExpect(jsonPath("$.items[0].number").value(46));
        mvc.perform(get("/api/items").param("framework", "A/78/19").param("status", "NO_UPDATE_REQUESTED"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].number").value(68));
        mvc.perform(get("/api/items").param("framework", "A/78/19").param("theme", ""))
                .andExpect(jsonPath("$.total").value(121));
        mvc.perform(get("/api/items").param("framework", "A/78/19").param("size", "5000"))
                .andExpect(status().isBadRequest());
    }
}
