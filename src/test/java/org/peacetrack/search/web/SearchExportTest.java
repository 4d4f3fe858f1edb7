package org.peacetrack.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.search.IndexMaintenance;
import org.peacetrack.search.SearchFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class SearchExportTest {

    private static final String HEADER = "type,title,year,status,link,excerpt";

    @Autowired
    MockMvc mvc;
    @Autowired
    IndexMaintenance index;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importAddendum() throws InterruptedException {
        SearchFixture.onlyTheAddendum(jdbc, index, ingestion);
    }

    private byte[] export(String format) throws Exception {
        return mvc.perform(get("/search/export." + format).param("q", "\"sexual exploitation and abuse\"")
                .param("status", "ONGOING")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void searchResultsDownloadWithTheSameColumnsInEveryFormat() throws Exception {
        String[] csv = new String(export("csv"), StandardCharsets.UTF_8).split("\n");
        JsonNode json = JsonMapper.builder().build().readTree(export("json"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export("xlsx")))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(json.size());
            assertThat(book.getSheetAt(0).getRow(0).getCell(5).getStringCellValue()).isEqualTo("excerpt");
        }
        assertThat(csv[0]).isEqualTo("\uFEFF" + HEADER);
        assertThat(json.size()).isPositive();
        assertThat(String.join(",", json.get(0).propertyNames())).isEqualTo(HEADER);
        assertThat(json.get(0).get("excerpt").asString()).containsIgnoringCase("sexual exploitation and abuse")
                .doesNotContain("<mark>");
    }

    @Test
    void aDownloadedStatusCarriesItsYearStatusAndFullLink() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(export("json"));
        JsonNode status = null;
        for (JsonNode row : json) {
            if (row.get("type").asString().equals("STATUS_UPDATE")) {
                status = row;
            }
        }
        assertThat(status).isNotNull();
        assertThat(status.get("year").asInt()).isEqualTo(2024);
        assertThat(status.get("status").asString()).isEqualTo("ONGOING");
        assertThat(status.get("link").asString()).matches("http://localhost/items/\\d+");
    }

    @Test
    void searchPageOffersTheDownloadsOfItsQuery() throws Exception {
        mvc.perform(get("/search").param("q", "training"))
                .andExpect(content().string(containsString("/search/export.csv?q=training")));
    }
}
