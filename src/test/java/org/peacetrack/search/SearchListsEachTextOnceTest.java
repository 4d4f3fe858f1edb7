package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.documents.DocumentService;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.ItemSummary;
import org.peacetrack.register.RegisterService;
import org.peacetrack.testing.C34Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An addendum entry is one hit (its status update), other documents' paragraphs stay searchable, a search
 * without words lists everything newest session first then by number, and every snippet is whole words.
 */
@SpringBootTest
class SearchListsEachTextOnceTest {

    @Autowired
    SearchService search;
    @Autowired
    IndexMaintenance index;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;
    @Autowired
    DocumentService documents;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importAddendumAndInitiatives() throws InterruptedException {
        SearchFixture.theAddendumAndTheInitiatives(jdbc, index, ingestion);
    }

    @Test
    void anAddendumEntryIsFoundOnceAsItsStatusUpdate() {
        long entries = jdbc.queryForObject("select count(*) from status_update where lower(narrative) like "
                + "'%primacy of politics%'", Long.class);
        SearchResults found = search.search(new SearchRequest("\"primacy of politics\"", Map.of(), 1, 100));
        assertThat(entries).isPositive();
        assertThat(found.hits()).extracting(SearchHit::type).containsOnly(HitType.STATUS_UPDATE);
        assertThat(found.total()).isEqualTo(entries);
    }

    /** What the rule by document kind relies on (docs/decisions/0011): those documents are records, whole. */
    @Test
    void everyParagraphOfAnAddendumOrASessionReportIsFoundAsTheRecordMadeFromIt() {
        ingestion.ingest(C34Fixtures.REPORT_2024, C34Fixtures.bytes(C34Fixtures.REPORT_2024), null);
        String paragraphsOf = "select count(*) from paragraph p join document d on d.id = p.document_id where d.kind = ";
        assertThat(jdbc.queryForObject(paragraphsOf + "'SG_ADDENDUM' and not exists (select 1 from status_update u "
                + "where u.source_paragraph_id = p.id)", Long.class)).isZero();
        assertThat(jdbc.queryForObject(paragraphsOf + "'C34_REPORT' and not exists (select 1 from tracked_item i "
                + "where i.source_paragraph_id = p.id)", Long.class)).isZero();
        assertThat(jdbc.queryForObject(paragraphsOf + "'C34_REPORT'", Long.class)).isPositive();
        SearchResults triangular = search.search(new SearchRequest("triangular", Map.of(), 1, 100));
        assertThat(triangular.hits()).extracting(SearchHit::type).contains(HitType.ITEM)
                .doesNotContain(HitType.PARAGRAPH);
    }

    @Test
    void paragraphsNoRecordWasMadeFromStaySearchable() {
        assertThat(search.search(SearchRequest.of("roadworks")).hits()).extracting(SearchHit::type)
                .contains(HitType.PARAGRAPH);
    }

    @Test
    void aSearchWithoutWordsListsNewestSessionFirstThenByNumberTheSameEachTime() {
        List<SearchHit> all = everything();
        List<Integer> sessions = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        Map<Long, ItemSummary> items = register.itemSummaries(all.stream().filter(h -> h.type() != HitType.PARAGRAPH)
                .map(SearchListsEachTextOnceTest::itemId).toList());
        for (SearchHit hit : all) {
            ItemSummary item = hit.type() == HitType.PARAGRAPH ? null : items.get(itemId(hit));
            sessions.add(item == null ? 2019 : item.sessionYear());
            numbers.add(item == null ? Integer.MAX_VALUE : item.number());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        assertThat(sessions.get(0)).isEqualTo(2024);
        assertThat(order).isSortedAccordingTo(Comparator.comparing((Integer i) -> -sessions.get(i))
                .thenComparing(numbers::get));
        assertThat(everything()).isEqualTo(all);
    }

    @Test
    void snippetsStartAndEndAtWordBoundaries() {
        for (String query : List.of("", "peacekeeping", "deploy", "gender", "\"sexual exploitation and abuse\"",
                "roadworks")) {
            for (SearchHit hit : search.search(new SearchRequest(query, Map.of(), 1, 100)).hits()) {
                String text = originalText(hit);
                for (String fragment : hit.snippet().split(" … ")) {
                    String plain = org.springframework.web.util.HtmlUtils.htmlUnescape(fragment
                            .replaceAll("</?mark>", "")).replaceAll("…$", "");
                    int at = text.indexOf(plain);
                    assertThat(at).as("%s: %s in %s", query, plain, text).isNotNegative();
                    assertThat(plain).as("no space around a fragment").isEqualTo(plain.strip());
                    assertThat(at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
                            || !Character.isLetterOrDigit(text.charAt(at)))
                            .as("%s: starts at a word: %s", query, plain).isTrue();
                    int end = at + plain.length();
                    assertThat(end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                            || !Character.isLetterOrDigit(text.charAt(end - 1)))
                            .as("%s: ends at a word: %s", query, plain).isTrue();
                }
            }
        }
    }

    private String originalText(SearchHit hit) {
        return switch (hit.type()) {
            case ITEM -> {
                var item = register.item(hit.id()).orElseThrow();
                yield item.text() != null ? item.text() : String.valueOf(item.item().theme());
            }
            case STATUS_UPDATE -> register.item(itemId(hit)).orElseThrow().history().stream()
                    .filter(u -> u.id() == hit.id()).findFirst().orElseThrow().narrative();
            case PARAGRAPH -> documents.paragraphs(List.of(hit.id())).get(hit.id()).text();
        };
    }

    private static long itemId(SearchHit hit) {
        return Long.parseLong(hit.link().substring("/items/".length()));
    }

    private List<SearchHit> everything() {
        List<SearchHit> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            SearchResults results = search.search(new SearchRequest("", Map.of(), page, SearchRequest.MAX_SIZE));
            all.addAll(results.hits());
            if (!results.hasNext()) {
                return all;
            }
        }
    }
}
