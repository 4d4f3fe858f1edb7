package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every facet counts what the database holds after importing the 2024 addendum, and narrows the hits. */
@SpringBootTest
class FacetCountsTest {

    private static final String ALL_TEXTS = "select body from tracked_item union all "
            + "select narrative from status_update where workflow_state = 'PUBLISHED' union all select body from paragraph";

    @Autowired
    SearchService search;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    SearchResults everything;

    @BeforeEach
    void importAddendum() throws InterruptedException {
        SearchFixture.onlyTheAddendum(jdbc, search, ingestion);
        everything = search.search(SearchRequest.of(""));
    }

    @Test
    void everyRecordIsCountedOnce() {
        assertThat(everything.total()).isEqualTo(count("select count(*) from tracked_item")
                + count("select count(*) from status_update") + count("select count(*) from paragraph"));
    }

    @Test
    void sessionYearCountsItemsOfTheSessionItsStatusesAndTheAddendumParagraphs() {
        long year2024 = count("select count(*) from tracked_item i join framework f on f.id = i.framework_id "
                + "where f.session_year = 2024") + count("select count(*) from status_update where reporting_year = 2024")
                + count("select count(*) from paragraph");
        long year2023 = count("select count(*) from tracked_item i join framework f on f.id = i.framework_id "
                + "where f.session_year = 2023");
        assertThat(counts(FacetName.YEAR)).containsEntry("2024", year2024).containsEntry("2023", year2023);
        assertThat(narrowed(FacetName.YEAR, "2023").total()).isEqualTo(year2023);
    }

    @Test
    void themeCountsItemsByTheirTheme() {
        Map<String, Long> expected = Map.of("Politics", count("select count(*) from tracked_item where theme = 'Politics'"),
                "Women and peace and security",
                count("select count(*) from tracked_item where theme = 'Women and peace and security'"));
        assertThat(counts(FacetName.THEME)).containsAllEntriesOf(expected);
        assertThat(narrowed(FacetName.THEME, "Politics").total()).isEqualTo(expected.get("Politics"));
    }

    @Test
    void statusCountsItemsAndStatusUpdates() {
        long ongoing = count("select count(*) from tracked_item where current_status = 'ONGOING'")
                + count("select count(*) from status_update where status = 'ONGOING'");
        assertThat(ongoing).isPositive();
        assertThat(counts(FacetName.STATUS)).containsEntry("ONGOING", ongoing);
        assertThat(narrowed(FacetName.STATUS, "ONGOING").total()).isEqualTo(ongoing);
    }

    @Test
    void missionAndEntityCountRecordsThatNameThemByAcronymOrName() {
        long monusco = textsMatching("(?<![\\w-])MONUSCO(?![\\w-])|United Nations Organization Stabilization Mission "
                + "in the Democratic Republic of the Congo");
        long dpo = textsMatching("(?<![\\w-])DPO(?![\\w-])|Department of Peace Operations");
        assertThat(monusco).isPositive();
        assertThat(counts(FacetName.MISSION)).containsEntry("MONUSCO", monusco);
        assertThat(counts(FacetName.ENTITY)).containsEntry("DPO", dpo);
        assertThat(narrowed(FacetName.MISSION, "MONUSCO").total()).isEqualTo(monusco);
    }

    @Test
    void documentKindCountsParagraphsOfEachKind() {
        long paragraphs = count("select count(*) from paragraph");
        assertThat(counts(FacetName.KIND)).containsExactly(Map.entry("SG_ADDENDUM", paragraphs));
        assertThat(narrowed(FacetName.KIND, "SG_ADDENDUM").total()).isEqualTo(paragraphs);
    }

    @Test
    void facetsNarrowEachOtherAndAChosenValueStaysListed() {
        SearchRequest both = new SearchRequest("", Map.of(FacetName.MISSION, List.of("MONUSCO"),
                FacetName.KIND, List.of("SG_ADDENDUM")), 1, 20);
        SearchResults narrowed = search.search(both);
        assertThat(narrowed.total()).isPositive().isLessThan(narrowed(FacetName.MISSION, "MONUSCO").total());
        assertThat(narrowed.facets()).filteredOn(f -> f.name() == FacetName.MISSION)
                .flatExtracting(Facet::values).contains(new FacetValue("MONUSCO", narrowed.total(), true));
    }

    private SearchResults narrowed(FacetName facet, String value) {
        return search.search(SearchRequest.of("").with(facet, value));
    }

    private Map<String, Long> counts(FacetName name) {
        return everything.facets().stream().filter(f -> f.name() == name).findFirst().orElseThrow().values().stream()
                .collect(java.util.stream.Collectors.toMap(FacetValue::value, FacetValue::count));
    }

    private long textsMatching(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return jdbc.queryForList(ALL_TEXTS, String.class).stream()
                .filter(t -> t != null && pattern.matcher(t).find()).count();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
