package org.peacetrack.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.C34Fixtures;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.RequiresPostgres;
import org.peacetrack.testing.Seeds;
import org.peacetrack.testing.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The browse lists' and the dashboard's queries (substrings, grouped counts, subqueries) on PostgreSQL. */
@RequiresPostgres
@SpringBootTest
class ListsAndOverviewOnPostgresTest {

    @Autowired
    IngestionService ingestion;
    @Autowired
    ItemLists lists;
    @Autowired
    RegisterStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Test
    void listsAndOverviewReadTheSameOnPostgres() {
        Database.wipe(jdbc);
        ingestion.ingest(Seeds.ADDENDUM_2024, Seeds.bytes(Seeds.ADDENDUM_2024), null);
        ingestion.ingest(C34Fixtures.REPORT_2024, C34Fixtures.bytes(C34Fixtures.REPORT_2024), null);

        ItemList all = lists.of("A/78/19", "", null).orElseThrow();
        assertThat(all.items()).hasSize((int) all.framework().itemCount());
        assertThat(all.items()).filteredOn(i -> i.item().number() == 11).singleElement()
                .satisfies(i -> assertThat(i.aboutFromStatus()).isFalse());
        assertThat(lists.of("A/78/19", null, Status.NO_UPDATE_REQUESTED).orElseThrow().items()).singleElement()
                .satisfies(i -> assertThat(i.aboutFromStatus()).isTrue());

        RegisterOverview overview = statistics.overview();
        assertThat(overview.bySession().get(0).total()).isEqualTo(all.framework().itemCount());
        assertThat(overview.carryOver()).isNotEmpty();
        assertThat(overview.oldestOpen()).isNotEmpty().first()
                .satisfies(o -> assertThat(o.firstSession()).isEqualTo(2023));
    }
}
