package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Beyond the exact-count limit, totals and facets come from a sample and say so; below it, they are exact. */
@SpringBootTest
class SampledFacetsTest {

    private static final long SMALL_LIMIT = 100;
    /** A quarter of the records in the probe: the fixture holds hundreds of records, not millions. */
    private static final SampledFacets.Limits SMALL = new SampledFacets.Limits(SMALL_LIMIT,
            SampleBuckets.COUNT / 4, (int) SMALL_LIMIT);

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
    void searchOverMoreHitsThanTheLimitEstimatesItsTotalAndFacets() {
        SearchResults exact = search.search(SearchRequest.of(""));
        SearchResults sampled = search.search(SearchRequest.of(""), SMALL);

        assertThat(exact.total()).isGreaterThan(SMALL_LIMIT * 2);
        assertThat(exact.totalEstimated()).isFalse();
        assertThat(exact.facetsEstimated()).isFalse();
        assertThat(sampled.totalEstimated()).isTrue();
        assertThat(sampled.facetsEstimated()).isTrue();
        assertThat(sampled.total()).isBetween(exact.total() / 2, exact.total() * 2);
        assertThat(sampled.hits()).hasSize(SearchRequest.DEFAULT_SIZE);
    }

    @Test
    void estimatedFacetCountsAreScaledUpFromTheSample() {
        SearchResults sampled = search.search(SearchRequest.of(""), SMALL);
        long statusCounts = sampled.facets().stream().filter(f -> f.name() == FacetName.STATUS)
                .flatMap(f -> f.values().stream()).mapToLong(FacetValue::count).sum();
        long published = jdbc.queryForObject("select count(*) from tracked_item", Long.class)
                + jdbc.queryForObject("select count(*) from status_update", Long.class);
        assertThat(statusCounts).isBetween(published / 2, published * 2);
    }

    @Test
    void searchWithFewHitsIsCountedExactlyEvenUnderASmallLimit() {
        SearchResults narrow = search.search(SearchRequest.of("\"sexual exploitation and abuse\""), SMALL);
        SearchResults reference = search.search(SearchRequest.of("\"sexual exploitation and abuse\""));

        assertThat(narrow.total()).isPositive().isLessThanOrEqualTo(SMALL_LIMIT);
        assertThat(narrow.totalEstimated()).isFalse();
        assertThat(narrow.facetsEstimated()).isFalse();
        assertThat(narrow.total()).isEqualTo(reference.total());
        assertThat(narrow.facets()).isEqualTo(reference.facets());
    }
}
