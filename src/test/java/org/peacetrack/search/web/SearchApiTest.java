package org.peacetrack.search.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.peacetrack.search.IndexMaintenance;
import org.peacetrack.search.SearchFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SearchApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IndexMaintenance index;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importAddendum() throws InterruptedException {
        SearchFixture.onlyTheAddendum(jdbc, index, ingestion);
    }

    @Test
    void apiAnswersHitsFacetCountsTotalAndPaging() throws Exception {
        mvc.perform(get("/api/search").param("q", "deployment").param("size", "3").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query", is("deployment")))
                .andExpect(jsonPath("$.total", greaterThan(6)))
                .andExpect(jsonPath("$.page", is(2)))
                .andExpect(jsonPath("$.size", is(3)))
                .andExpect(jsonPath("$.pages", greaterThan(2)))
                .andExpect(jsonPath("$.hits.length()", is(3)))
                .andExpect(jsonPath("$.hits[*].type", everyItem(org.hamcrest.Matchers.in(
                        java.util.List.of("item", "status-update", "paragraph")))))
                .andExpect(jsonPath("$.hits[0].id", greaterThan(0)))
                .andExpect(jsonPath("$.hits[0].title").isString())
                .andExpect(jsonPath("$.hits[*].snippet", hasItem(containsString("<mark>deploy"))))
                .andExpect(jsonPath("$.hits[*].link", everyItem(startsWith("/"))))
                .andExpect(jsonPath("$.facets.year[0].value", is("2024")))
                .andExpect(jsonPath("$.facets.year[0].count", greaterThan(0)))
                .andExpect(jsonPath("$.facets.kind").isArray())
                .andExpect(jsonPath("$.facets.theme").isArray())
                .andExpect(jsonPath("$.facets.status").isArray())
                .andExpect(jsonPath("$.facets.mission").isArray())
                .andExpect(jsonPath("$.facets.entity").isArray());
    }

    @Test
    void apiNarrowsByFacetParameters() throws Exception {
        mvc.perform(get("/api/search").param("mission", "MONUSCO").param("status", "ONGOING"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].type", everyItem(org.hamcrest.Matchers.in(
                        java.util.List.of("item", "status-update")))))
                .andExpect(jsonPath("$.facets.status[?(@.value == 'ONGOING')].selected", hasItem(true)))
                .andExpect(jsonPath("$.facets.mission[?(@.value == 'MONUSCO')].selected", hasItem(true)));
    }

    @Test
    void apiFindsARecommendationByItsNumber() throws Exception {
        long id = register.item("A/78/19", 38).orElseThrow().id();
        mvc.perform(get("/api/search").param("q", "A/78/19 para 38"))
                .andExpect(jsonPath("$.hits[0].type", is("item")))
                .andExpect(jsonPath("$.hits[0].id", is((int) id)))
                .andExpect(jsonPath("$.hits[0].link", is("/items/" + id)));
    }
}
