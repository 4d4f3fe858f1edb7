package org.peacetrack.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.search.IndexMaintenance;
import org.peacetrack.search.SearchFixture;
import org.peacetrack.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SearchService search;
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

    @Test
    void searchPageIsAPlainGetFormWithHighlightedResultsAndFacets() throws Exception {
        mvc.perform(get("/search").param("q", "\"sexual exploitation and abuse\""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<form method=\"get\" action=\"/search\""),
                        containsString("value=\"&quot;sexual exploitation and abuse&quot;\""),
                        containsString("<mark>sexual</mark> <mark>exploitation</mark>"),
                        containsString("results</p>"),
                        containsString("<legend>Session year</legend>"),
                        containsString("name=\"year\" value=\"2024\""),
                        containsString("name=\"status\" value=\"ONGOING\""))));
    }

    @Test
    void searchPageIsEnhancedWithHtmxToFollowTyping() throws Exception {
        mvc.perform(get("/search"))
                .andExpect(content().string(allOf(containsString("hx-get=\"/search\""),
                        containsString("hx-trigger=\"input changed delay:400ms from:#q, change[target.type==="),
                        containsString("hx-sync=\"this:replace\""),
                        containsString("hx-select=\"#results\""), containsString("hx-push-url=\"true\""),
                        containsString("id=\"results\""))));
    }

    @Test
    void typedTextIsEscapedNotInterpreted() throws Exception {
        mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<script>alert(1)")),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))));
    }

    @Test
    void facetChoiceNarrowsTheResultsToRecordsWithThatValue() throws Exception {
        mvc.perform(get("/search").param("q", "peacekeeping").param("theme", "Politics"))
                .andExpect(content().string(allOf(
                        containsString("name=\"theme\" value=\"Politics\" checked=\"checked\""),
                        containsString("Status update</span>"), not(containsString("Document paragraph</span>")))));
    }

    @Test
    void thePageSpeaksFrenchToAFrenchReader() throws Exception {
        mvc.perform(get("/search").param("q", "MONUSCO").header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Recherche</h1>"),
                        containsString("Affiner les résultats"), containsString("<legend>Année de session</legend>"),
                        containsString("Mise en œuvre en cours"), containsString("Mise à jour de l&#39;état"),
                        containsString("Télécharger ces résultats"), containsString(" résultats</p>"),
                        not(containsString("Narrow the results")), not(containsString("Download these results")))));
    }

    @Test
    void everyEnglishStringOfTheSearchPagesHasItsFrenchTwin() throws Exception {
        Properties english = bundle("i18n/search.properties");
        Properties french = bundle("i18n/search_fr.properties");
        assertThat(english.stringPropertyNames()).isNotEmpty().isEqualTo(french.stringPropertyNames());
    }

    private static Properties bundle(String path) throws Exception {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void navigationAndHomePageOfferSearch() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(allOf(containsString("href=\"/search\">Search</a>"),
                containsString("<form method=\"get\" action=\"/search\" role=\"search\""))));
    }
}
