package org.peacetrack.register.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.testing.C34Reports;
import org.peacetrack.testing.Database;
import org.peacetrack.testing.StatementCounter;
import org.peacetrack.register.C34Sessions;
import org.peacetrack.lineage.LineageService;
import org.peacetrack.register.RegisterService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A linked item's page costs a fixed number of SQL statements, however long its chain: the chain is read in
 * one query, not one per member (issue 18). Ten sessions each reword the same recommendation, so the matcher
 * chains them; the page of the newest and its JSON lineage are counted, and the page reads in one transaction.
 */
// the controllers' own cost is counted: a second request answered from the cache of anonymous answers (ADR 0062)
// would count one statement, and the generation's read before the first one connection more
@SpringBootTest(properties = "peacetrack.cache.anonymous.enabled=false")
@AutoConfigureMockMvc
class LinkedItemPageStatementsTest {

    private static final int SESSIONS = 10;
    private static final int FIRST_YEAR = 2015;

    /** An item page: the item, its history, its links, their items, source paragraphs, their documents, the chain, its members. */
    static final int PAGE_STATEMENTS = 8;
    static final int LINEAGE_STATEMENTS = 2;

    @TestConfiguration
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;
    @Autowired
    LineageService lineage;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatementCounter statements;

    long newest;

    @BeforeEach
    void tenSessionsOfOneRecommendation() {
        Database.wipe(jdbc);
        for (int year = FIRST_YEAR; year < FIRST_YEAR + SESSIONS; year++) {
            String symbol = C34Sessions.symbolOf(year);
            ingestion.ingest("conduct-" + year + ".md", C34Reports.report(symbol, year, Map.of(
                    3, "The Special Committee requests the Secretariat to strengthen the vetting of personnel before"
                            + " deployment, session " + year + ", including checks against records of past misconduct.",
                    4, "The Special Committee urges the Secretariat to improve the water supply of remote camps.",
                    5, "The Special Committee requests the Secretariat to report on trust fund projects for victims.")),
                    null);
        }
        newest = register.item(C34Sessions.symbolOf(FIRST_YEAR + SESSIONS - 1), 3).orElseThrow().id();
        assertThat(lineage.lineage(newest).orElseThrow().chain()).as("the chain the matcher made").hasSize(SESSIONS);
    }

    @Test
    void itemPageOfATenSessionChainTakesAFixedNumberOfStatements() throws Exception {
        mvc.perform(get("/items/{id}", newest)).andExpect(status().isOk());

        statements.reset();
        mvc.perform(get("/items/{id}", newest)).andExpect(status().isOk());

        assertThat(statements.count()).as("statements: %s", statements.sql()).isLessThanOrEqualTo(PAGE_STATEMENTS);
    }

    @Test
    void itemPageAndPermalinkOfALinkedItemTakeOneConnectionEach() throws Exception {
        mvc.perform(get("/items/{id}", newest)).andExpect(status().isOk());

        statements.reset();
        mvc.perform(get("/items/{id}", newest)).andExpect(status().isOk());
        assertThat(statements.connections()).as("connections of the item page").isEqualTo(1);

        statements.reset();
        mvc.perform(get("/recommendations/{year}/{number}", FIRST_YEAR + SESSIONS - 1, 3)).andExpect(status().isOk());
        assertThat(statements.connections()).as("connections of the permalink").isEqualTo(1);
    }

    @Test
    void lineageOfATenSessionChainTakesAFixedNumberOfStatements() throws Exception {
        mvc.perform(get("/api/items/{id}/lineage", newest)).andExpect(status().isOk());

        statements.reset();
        mvc.perform(get("/api/items/{id}/lineage", newest)).andExpect(status().isOk())
                .andExpect(jsonPath("$.chain.length()").value(SESSIONS));

        assertThat(statements.count()).as("statements: %s", statements.sql()).isLessThanOrEqualTo(LINEAGE_STATEMENTS);
    }
}
