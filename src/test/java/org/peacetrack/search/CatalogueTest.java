package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.Seeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The catalogue is kept between searches and read again as soon as a document or framework is added. */
@SpringBootTest
class CatalogueTest {

    @Autowired
    Catalogue catalogue;
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
    void unchangedCatalogueIsKeptBetweenSearches() {
        assertThat(catalogue.snapshot()).isSameAs(catalogue.snapshot());
    }

    @Test
    void importedDocumentAndItsFrameworksAppearInTheNextSnapshot() {
        Catalogue.Snapshot before = catalogue.snapshot();
        ingestion.ingest(Seeds.PRIORITIES, Seeds.bytes(Seeds.PRIORITIES), null);
        Catalogue.Snapshot after = catalogue.snapshot();

        assertThat(after.documents()).hasSize(before.documents().size() + 1);
        assertThat(after.frameworks().size()).isGreaterThanOrEqualTo(before.frameworks().size());
        assertThat(search.search(SearchRequest.of("")).facets()).filteredOn(f -> f.name() == FacetName.KIND)
                .flatExtracting(Facet::values).extracting(FacetValue::value).contains("PRIORITIES");
    }
}
