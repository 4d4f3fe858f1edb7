package org.peacetrack.search.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.search.SearchFixture;
import org.peacetrack.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
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
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importAddendum() throws InterruptedException {
        SearchFixture.onlyTheAddendum(jdbc, search, ingestion);
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
                        containsString("name=\"kind\" value=\"SG_ADDENDUM\""))));
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
                        not(containsString("Status update</span>")))));
    }

    @Test
    void navigationAndHomePageOfferSearch() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(allOf(containsString("href=\"/search\">Search</a>"),
                containsString("<form method=\"get\" action=\"/search\" role=\"search\""))));
    }
}
