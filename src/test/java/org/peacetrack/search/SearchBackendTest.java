package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What peacetrack.search.* turns into for Hibernate Search. */
class SearchBackendTest {

    private static final String BACKEND = "hibernate.search.backend.";

    @Test
    void luceneByDefaultInTheIndexFolderWithTheLuceneAnalyzers() {
        Map<String, Object> properties = customize(new MockEnvironment().withProperty("peacetrack.search.index-dir", "/srv/index"));
        assertThat(properties).containsEntry(BACKEND + "type", "lucene").containsEntry(BACKEND + "directory.root", "/srv/index");
        assertThat(properties.get(BACKEND + "analysis.configurer")).isInstanceOf(LuceneAnalysis.class);
    }

    @Test
    void openSearchTakesTheClusterAndPrefixAndDropsTheLuceneFolderSettings() {
        var env = new MockEnvironment().withProperty("peacetrack.search.backend", "OpenSearch")
                .withProperty("peacetrack.search.opensearch.uris", "https://a:9200,https://b:9200")
                .withProperty("peacetrack.search.opensearch.index-prefix", "pt-")
                .withProperty("peacetrack.search.opensearch.username", "peacetrack")
                .withProperty("peacetrack.search.opensearch.password", "secret");
        Map<String, Object> properties = new HashMap<>(Map.of(BACKEND + "directory.type", "local-heap"));
        new SearchBackend(env).customize(properties);
        assertThat(properties).containsEntry(BACKEND + "type", "elasticsearch")
                .containsEntry(BACKEND + "uris", "https://a:9200,https://b:9200")
                .containsEntry(BACKEND + "version", "opensearch:2.19")
                .containsEntry(BACKEND + "username", "peacetrack").containsEntry(BACKEND + "password", "secret")
                .doesNotContainKey(BACKEND + "directory.type");
        assertThat(properties.get(BACKEND + "layout.strategy")).isEqualTo(new PrefixedIndexNames("pt-"));
        assertThat(properties.get(BACKEND + "analysis.configurer")).isInstanceOf(OpenSearchAnalysis.class);
    }

    @Test
    void anUnknownBackendStopsTheStartWithTheChoices() {
        var env = new MockEnvironment().withProperty("peacetrack.search.backend", "solr");
        assertThatThrownBy(() -> customize(env)).hasMessageContaining("lucene or opensearch").hasMessageContaining("solr");
    }

    @Test
    void prefixedIndexNamesMapBothWays() {
        var names = new PrefixedIndexNames("peacetrack-");
        assertThat(names.createInitialElasticsearchIndexName("paragraph")).isEqualTo("peacetrack-paragraph");
        assertThat(names.extractUniqueKeyFromElasticsearchIndexName("peacetrack-paragraph"))
                .isEqualTo(names.extractUniqueKeyFromHibernateSearchIndexName("paragraph"));
    }

    private static Map<String, Object> customize(MockEnvironment env) {
        Map<String, Object> properties = new HashMap<>();
        new SearchBackend(env).customize(properties);
        return properties;
    }
}
