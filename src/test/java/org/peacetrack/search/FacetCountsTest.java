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

    /** Paragraphs of documents made into records (the addendum's entries) are found as those records. */
    private static final String SEARCHED_PARAGRAPHS = "from paragraph p join document d on d.id = p.document_id "
            + "where d.kind <> 'SG_ADDENDUM'";
    private static final String ALL_TEXTS = "select body from tracked_item union all "
            + "select narrative from status_update where workflow_state = 'PUBLISHED' union all select p.body "
            + SEARCHED_PARAGRAPHS;

    @Autowired
    SearchService search;
    @Autowired
    IndexMaintenance index;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;

    SearchResults everything;

    @BeforeEach
    void importAddendum() throws InterruptedException {
        SearchFixture.theAddendumAndTheInitiatives(jdbc, index, ingestion);
        everything = search.search(SearchRequest.of(""));
    }

    @Test
    void everyRecordIsCountedOnce() {
        assertThat(everything.total()).isEqualTo(count("select count(*) from tracked_item")
                + count("select count(*) from status_update") + count("select count(*) " + SEARCHED_PARAGRAPHS));
    }

    @Test
    void sessionYearCountsItemsOfTheSessionAndItsStatuses() {
        long year2024 = count("select count(*) from tracked_item i join framework f on f.id = i.framework_id "
                + "where f.session_year = 2024") + count("select count(*) from status_update where reporting_year = 2024");
        long year2023 = count("select count(*) from tracked_item i join framework f on f.id = i.framework_id "
                + "where f.session_year = 2023");
        assertThat(counts(FacetName.YEAR)).containsEntry("2024", year2024).containsEntry("2023", year2023);
        assertThat(narrowed(FacetName.YEAR, "2023").total()).isEqualTo(year2023);
    }

    @Test
    void themeCountsItemsAndTheirStatusesByTheItemsTheme() {
        Map<String, Long> expected = Map.of("Politics", ofTheme("Politics"), "Women and peace and security",
                ofTheme("Women and peace and security"));
        assertThat(counts(FacetName.THEME)).containsAllEntriesOf(expected);
        SearchResults politics = narrowed(FacetName.THEME, "Politics");
        assertThat(politics.total()).isEqualTo(expected.get("Politics"));
        assertThat(politics.hits()).extracting(SearchHit::type).contains(HitType.ITEM, HitType.STATUS_UPDATE);
        assertThat(search.search(new SearchRequest("ongoing", Map.of(FacetName.THEME, List.of("Politics")), 1, 100))
                .hits()).extracting(SearchHit::type).contains(HitType.STATUS_UPDATE);
    }

    private long ofTheme(String theme) {
        return count("select count(*) from tracked_item where theme = '" + theme + "'")
                + count("select count(*) from status_update u join tracked_item i on i.id = u.item_id where i.theme = '"
                        + theme + "'");
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
    void documentKindCountsTheParagraphsFoundAsParagraphs() {
        long paragraphs = count("select count(*) " + SEARCHED_PARAGRAPHS);
        assertThat(paragraphs).isPositive();
        assertThat(counts(FacetName.KIND)).containsExactly(Map.entry("INITIATIVES_SUMMARY", paragraphs));
        assertThat(narrowed(FacetName.KIND, "INITIATIVES_SUMMARY").total()).isEqualTo(paragraphs);
    }

    @Test
    void facetsNarrowEachOtherAndAChosenValueStaysListed() {
        SearchRequest both = new SearchRequest("", Map.of(FacetName.MISSION, List.of("MONUSCO"),
                FacetName.STATUS, List.of("ONGOING")), 1, 20);
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
