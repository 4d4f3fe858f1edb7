package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.peacetrack.testing.RequiresOpenSearch;

/** {@link AnalysisTest} against the OpenSearch node: the same terms as Lucene's. */
@RequiresOpenSearch
class AnalysisOnOpenSearchTest extends AnalysisTest {

    @Test
    void theIndexesAreInOpenSearch() {
        var backend = Search.mapping(entityManagerFactory).indexManager("tracked_item").backend();
        assertThat(backend.unwrap(ElasticsearchBackend.class)).isNotNull();
    }
}
