package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.RegisterService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Search over the 2024 addendum as imported: words, stems, phrases, operators, highlights, numbers. */
@SpringBootTest
class SearchBehaviourTest {

    @Autowired
    SearchService search;
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
    void importedRecordsAreSearchableWithoutReindexing() {
        assertThat(search.search(SearchRequest.of("MONUSCO")).total()).isPositive();
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        SearchResults results = search.search(SearchRequest.of("deploy"));
        assertThat(snippets(results)).anyMatch(s -> s.contains("<mark>deployment</mark>"))
                .anyMatch(s -> s.contains("<mark>deployed</mark>"));
    }

    @Test
    void quotedPhraseMatchesOnlyTheWordsInOrder() {
        SearchResults phrase = search.search(SearchRequest.of("\"sexual exploitation and abuse\""));
        SearchResults reversed = search.search(SearchRequest.of("\"abuse and sexual exploitation\""));
        assertThat(phrase.total()).isPositive();
        assertThat(snippets(phrase)).allMatch(s -> s.contains("<mark>sexual</mark> <mark>exploitation</mark>"));
        assertThat(reversed.total()).isLessThan(phrase.total());
    }

    @Test
    void booleanOperatorsCombineAndExcludeWords() {
        long monusco = search.search(SearchRequest.of("MONUSCO")).total();
        long unmiss = search.search(SearchRequest.of("UNMISS")).total();
        long either = search.search(SearchRequest.of("MONUSCO | UNMISS")).total();
        long both = search.search(SearchRequest.of("MONUSCO + UNMISS")).total();
        long monuscoNotUnmiss = search.search(SearchRequest.of("MONUSCO -UNMISS")).total();
        assertThat(either).isGreaterThan(Math.max(monusco, unmiss));
        assertThat(both).isLessThan(Math.min(monusco, unmiss)).isPositive();
        assertThat(monuscoNotUnmiss).isEqualTo(monusco - both);
    }

    @Test
    void highlightsMarkMatchedWordsAndEscapeTheRest() {
        SearchResults results = search.search(SearchRequest.of("gender"));
        assertThat(snippets(results)).isNotEmpty().allMatch(s -> s.toLowerCase().contains("<mark>gender"));
        assertThat(snippets(results)).allMatch(s -> s.replaceAll("</?mark>", "").indexOf('<') < 0);
    }

    @Test
    void aRecommendationsNumberFindsItFirst() {
        long item38 = register.item("A/78/19", 38).orElseThrow().id();
        for (String query : List.of("A/78/19 para 38", "para 38", "38", "recommendation 38")) {
            SearchHit first = search.search(SearchRequest.of(query)).hits().get(0);
            assertThat(first.type()).as(query).isEqualTo(HitType.ITEM);
            assertThat(first.id()).as(query).isEqualTo(item38);
            assertThat(first.link()).isEqualTo("/items/" + item38);
        }
    }

    @Test
    void pagingSplitsTheHits() {
        SearchResults first = search.search(new SearchRequest("peacekeeping", Map.of(), 1, 5));
        SearchResults second = search.search(new SearchRequest("peacekeeping", Map.of(), 2, 5));
        assertThat(first.total()).isGreaterThan(10);
        assertThat(first.hits()).hasSize(5);
        assertThat(second.hits()).hasSize(5).doesNotContainAnyElementsOf(first.hits());
        assertThat(first.pages()).isEqualTo((int) ((first.total() + 4) / 5));
    }

    private static List<String> snippets(SearchResults results) {
        return results.hits().stream().map(SearchHit::snippet).filter(s -> s.contains("<mark>")).toList();
    }
}
