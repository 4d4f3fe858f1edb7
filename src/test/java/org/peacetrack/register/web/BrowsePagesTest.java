package org.peacetrack.register.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.ImportReport;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.FrameworkListing;
import org.peacetrack.register.ItemList;
import org.peacetrack.register.ItemLists;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.RegisterService;
import org.peacetrack.register.Status;
import org.peacetrack.register.StatusCount;
import org.peacetrack.register.ThemeCount;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class BrowsePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ItemLists lists;

    ImportReport report;

    @BeforeEach
    void importAddendum() {
        Database.wipe(jdbc);
        report = ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
    }

    @Test
    void browsePageListsThemesWithTheirCounts() throws Exception {
        mvc.perform(get("/items"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Recommendations of the Special Committee, 2024 session (A/78/19)"),
                        containsString("All (121)"),
                        containsString("Women and peace and security"),
                        containsString("Recommendation 22 of A/78/19"),
                        containsString("Page 1 of 3"),
                        not(containsString("Recommendation 180 of A/78/19")))));
        mvc.perform(get("/items").param("framework", "A/78/19").param("page", "2"))
                .andExpect(content().string(allOf(containsString("Recommendation 180 of A/78/19"),
                        containsString("Previous page"), not(containsString("Next page")))));
    }

    @Test
    void nextPageLinksOfTheDefaultViewCarryNoEmptyThemeAndReachEveryRecommendation() throws Exception {
        String first = mvc.perform(get("/items")).andReturn().getResponse().getContentAsString();
        assertThat(first).doesNotContain("theme=&").doesNotContain("theme=\"");
        String next = first.replaceAll("(?s).*<a rel=\"next\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        assertThat(next).isEqualTo("/items?framework=A/78/19&page=1");
        mvc.perform(get(next)).andExpect(content().string(allOf(not(containsString("Recommendation 22 of A/78/19")),
                containsString("Page 2 of 3"))));
        mvc.perform(get("/items").param("theme", "").param("page", "2"))
                .andExpect(content().string(containsString("Recommendation 180 of A/78/19")));
    }

    @Test
    void listsShowWhatEachRecommendationIsAboutAndFilterByStatus() throws Exception {
        mvc.perform(get("/items").param("framework", "A/78/19").param("status", "NO_UPDATE_REQUESTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Recommendation 68 of A/78/19"),
                        not(containsString("Recommendation 38 of A/78/19")), containsString("1 shown"),
                        containsString("Latest status:"), not(containsString(">NO_UPDATE_REQUESTED<")))));
        ItemList list = lists.of("A/78/19", "Politics", Status.NARRATIVE).orElseThrow();
        assertThat(list.items()).isNotEmpty().allMatch(i -> i.item().currentStatus() == Status.NARRATIVE
                && i.aboutFromStatus() && i.about() != null && i.about().length() <= 181);
        assertThat(list.statuses().stream().mapToLong(StatusCount::count).sum())
                .isEqualTo(register.listing("A/78/19", "Politics").orElseThrow().items().size());
    }

    @Test
    void listingCountsThemesInTheDocumentsOrderAndFiltersByOne() {
        FrameworkListing all = register.listing("A/78/19", null).orElseThrow();
        assertThat(all.framework().itemCount()).isEqualTo(121);
        assertThat(all.items()).hasSize(121).isSortedAccordingTo(Comparator.comparingInt(ItemSummary::number));
        assertThat(all.themes()).extracting(ThemeCount::theme).first().isEqualTo("Introduction");
        assertThat(all.themes().stream().mapToLong(ThemeCount::count).sum()).isEqualTo(121);
        ThemeCount politics = all.themes().stream().filter(t -> t.theme().equals("Politics")).findFirst().orElseThrow();
        FrameworkListing one = register.listing("A/78/19", "Politics").orElseThrow();
        assertThat(one.items()).hasSize((int) politics.count()).allMatch(i -> i.theme().equals("Politics"));
        assertThat(one.framework().itemCount()).isEqualTo(121);
        assertThat(register.listing("A/1/19", null)).isEmpty();
    }

    @Test
    void unknownFrameworkIsNotFound() throws Exception {
        mvc.perform(get("/items").param("framework", "A/1/19")).andExpect(status().isNotFound());
        mvc.perform(get("/api/items").param("framework", "A/1/19")).andExpect(status().isNotFound());
    }

    @Test
    void choosingAThemeListsOnlyItsEntries() throws Exception {
        mvc.perform(get("/items").param("framework", "A/78/19").param("theme", "Politics"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Recommendation 112 of A/78/19"),
                        not(containsString("Recommendation 38 of A/78/19")))));
    }

    @Test
    void entryPageShowsTextThemeReferencesAndSourceLink() throws Exception {
        long id = register.item("A/78/19", 38).orElseThrow().id();
        mvc.perform(get("/items/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Conduct of peacekeepers and peacekeeping operations"),
                        containsString("Implementation ongoing"),
                        containsString("online repository of recommendations"),
                        containsString("recommendation 37 of 2023 (A/77/19)"),
                        containsString("/documents/" + report.documentId() + "#p38"),
                        containsString("A/79/553/Add.1, paragraph 38"))));
    }

    @Test
    void documentPageAnchorsEachParagraphAndLinksItsRecord() throws Exception {
        mvc.perform(get("/documents/{id}", report.documentId()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"p38\""), containsString("id=\"p180\""),
                        containsString("Status of recommendation 38 of A/78/19"))));
    }

    @Test
    void unknownItemGivesAFriendlyNotFoundPageWithoutStackTrace() throws Exception {
        mvc.perform(get("/items/999999"))
                .andExpect(status().isNotFound());
    }

    @Test
    void itemsAreReadableAsJson() throws Exception {
        long id = register.item("A/78/19", 38).orElseThrow().id();
        mvc.perform(get("/api/items/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.item.number").value(38))
                .andExpect(jsonPath("$.item.currentStatus").value("ONGOING"))
                .andExpect(jsonPath("$.references[0].item.number").value(37))
                .andExpect(jsonPath("$.history[0].phrase").value("Implementation is ongoing."));
        mvc.perform(get("/api/frameworks/themes").param("framework", "A/78/19"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(9));
    }

    @Test
    void unknownDocumentIsAProblemDetailInTheApi() throws Exception {
        mvc.perform(get("/api/documents/999999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("No document 999999"));
    }
}
