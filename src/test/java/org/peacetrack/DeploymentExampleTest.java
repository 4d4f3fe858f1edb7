package org.peacetrack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.search.IndexMaintenance;
import org.peacetrack.search.SearchRequest;
import org.peacetrack.search.SearchService;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.OpenSearchCondition;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.Seeds;
import org.peacetrack.testing.TestOpenSearch;
import org.peacetrack.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application starts from the example node configuration of docs/deployment.md, given only the
 * environment it names (here as properties): PostgreSQL and OpenSearch, an import found by search.
 */
@RequiresPostgres
@ExtendWith(OpenSearchCondition.class)
@SpringBootTest(properties = "spring.config.additional-location=file:docs/deployment/peacetrack.yml")
class DeploymentExampleTest {

    /** The example's placeholders, fed with what TestPostgres would set directly. */
    private static final Map<String, String> ENVIRONMENT = Map.of("spring.datasource.url", "PEACETRACK_DB_URL",
            "spring.datasource.username", "PEACETRACK_DB_USER", "spring.datasource.password", "PEACETRACK_DB_PASSWORD");

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        TestPostgres.register((name, value) -> registry.add(ENVIRONMENT.get(name), value));
        registry.add("PEACETRACK_OPENSEARCH_URIS", TestOpenSearch::uri);
        registry.add("PEACETRACK_OPENSEARCH_INDEX_PREFIX", () -> "deployment-" + UUID.randomUUID() + "-");
        registry.add("PEACETRACK_LOG_FILE", () -> "target/test-logs/deployment-example.log");
    }

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    SearchService search;
    @Autowired
    IndexMaintenance index;
    @Autowired
    IngestionService ingestion;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Test
    void aNodeConfiguredByTheExampleStoresInPostgresqlAndSearchesInOpenSearch() throws InterruptedException {
        assertThat(databaseUrl).startsWith("jdbc:postgresql:");
        assertThat(Search.mapping(entityManagerFactory).indexManager("tracked_item").backend()
                .unwrap(ElasticsearchBackend.class)).isNotNull();

        Database.wipe(jdbc);
        index.rebuild(progress -> { });
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);

        assertThat(search.search(SearchRequest.of("MONUSCO")).total()).isPositive();
        assertThat(index.indexedCount()).isPositive();
    }
}
