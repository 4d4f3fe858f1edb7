package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void pageBeyondTheDeepestHitIsTheLastPageThatCanBeReached() {
        SearchRequest far = new SearchRequest("peacekeeping", Map.of(), 1_000_000, 20);

        assertThat(far.page()).isEqualTo(SearchRequest.DEEPEST_HIT / 20);
    }

    @Test
    void resultsOfMillionsOfHitsOfferOnlyTheReachablePages() {
        SearchRequest first = new SearchRequest("peacekeeping", Map.of(), 1, 20);
        SearchResults results = new SearchResults(first, 2_800_000, true, List.of(), List.of(), true);

        assertThat(results.pages()).isEqualTo(500);
        assertThat(results.hasNext()).isTrue();
    }

    @Test
    void sizeAndPageOutOfRangeFallBackToSensibleValues() {
        SearchRequest odd = new SearchRequest(null, null, -3, 0);

        assertThat(odd.page()).isEqualTo(1);
        assertThat(odd.size()).isEqualTo(SearchRequest.DEFAULT_SIZE);
        assertThat(odd.query()).isEmpty();
    }
}
