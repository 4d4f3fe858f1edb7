package org.peacetrack.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetrack.ingestion.IngestionService;
import org.peacetrack.register.C34Sessions;
import org.peacetrack.register.RegisterService;
import org.peacetrack.testing.C34Reports;
import org.peacetrack.testing.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An anonymous reader's second request for a public read is answered from the answer kept for the first, until a
 * write that readers may see raises the publication generation (ADR 0062). A change made behind the application's
 * back (plain SQL that raises nothing) shows which answers came from the cache: the controllers would read it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnonymousCacheKeepsAnswersTest {

    private static final int YEAR = 2031;
    private static final String SYMBOL = C34Sessions.symbolOf(YEAR);
    private static final String KEPT = "kiwikept";
    private static final String BEHIND_ITS_BACK = "emubehind";

    @Autowired
    MockMvc mvc;
    @Autowired
    IngestionService ingestion;
    @Autowired
    RegisterService register;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Cache<AnonymousRequests.ResponseKey, StoredResponse> kept;
    @Autowired
    PublicationGeneration generation;

    long item;

    @BeforeEach
    void oneSessionOfOneRecommendation() throws Exception {
        Database.wipe(jdbc);
        ingestion.ingest("kept-" + YEAR + ".md", C34Reports.report(SYMBOL, YEAR, Map.of(3,
                "The Special Committee requests the Secretariat to publish its " + KEPT + " figures every year.")), null);
        item = register.item(SYMBOL, 3).orElseThrow().id();
        generation.awaitRaisesAfterCommits();
    }

    @Test
    void aSecondAnonymousRequestIsAnsweredFromTheCacheNotByTheController() throws Exception {
        String first = anonymous(get("/items/{id}", item)).getContentAsString();
        assertThat(first).contains(KEPT);
        changeBehindTheApplicationsBack();
        double hits = hits();

        MockHttpServletResponse second = anonymous(get("/items/{id}", item));

        assertThat(second.getContentAsString()).as("the kept answer, not what the controller would read now")
                .isEqualTo(first).doesNotContain(BEHIND_ITS_BACK);
        assertThat(second.getContentType()).startsWith("text/html");
        assertThat(hits()).isEqualTo(hits + 1);
        assertThat(anonymous(get("/api/items/{id}", item)).getContentAsString())
                .as("another address is another answer").contains(BEHIND_ITS_BACK);
    }

    @Test
    void anImportMakesTheNextAnonymousRequestShowWhatItAdded() throws Exception {
        String next = C34Sessions.symbolOf(YEAR + 1);
        assertThat(anonymous(get("/api/frameworks")).getContentAsString()).contains(SYMBOL).doesNotContain(next);
        assertThat(anonymous(get("/search").param("q", "wallabyimported")).getContentAsString())
                .doesNotContain("/items/");
        changeBehindTheApplicationsBack();
        anonymous(get("/items/{id}", item));

        ingestion.ingest("kept-" + (YEAR + 1) + ".md", C34Reports.report(next, YEAR + 1, Map.of(4,
                "The Special Committee requests the Secretariat to count wallabyimported patrols.")), null);

        assertThat(anonymous(get("/api/frameworks")).getContentAsString()).contains(SYMBOL, next);
        assertThat(anonymous(get("/search").param("q", "wallabyimported")).getContentAsString())
                .contains("wallabyimported");
        assertThat(anonymous(get("/items/{id}", item)).getContentAsString())
                .as("every kept answer is retired, not only those the import touched").contains(BEHIND_ITS_BACK);
    }

    @Test
    void aFrenchReaderIsNotAnsweredWithTheKeptEnglishPage() throws Exception {
        MockHttpServletResponse english = anonymous(get("/items/{id}", item).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        anonymous(get("/items/{id}", item).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat(english.getContentAsString()).contains(">Search<");

        MockHttpServletResponse french = anonymous(get("/items/{id}", item).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"));
        MockHttpServletResponse chosen = anonymous(get("/items/{id}", item).cookie(new Cookie("peacetrack-lang", "fr")));
        double hits = hits();
        MockHttpServletResponse keptFrench = anonymous(get("/items/{id}", item)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"));

        for (MockHttpServletResponse page : new MockHttpServletResponse[] {french, chosen, keptFrench}) {
            assertThat(page.getContentAsString()).contains(">Recherche<").doesNotContain(">Search<");
            assertThat(page.getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("fr");
        }
        assertThat(hits()).as("the French page kept for the French reader").isEqualTo(hits + 1);
        assertThat(keptFrench.getHeaders(HttpHeaders.VARY)).as("what a shared cache must vary on, kept too")
                .isEqualTo(french.getHeaders(HttpHeaders.VARY)).isNotEmpty();
    }

    @Test
    void anAnswerThatSetsACookieIsNotKept() throws Exception {
        double stores = stores();
        MockHttpServletResponse switched = anonymous(get("/items/{id}", item).param("lang", "fr"));
        assertThat(switched.getHeaders(HttpHeaders.SET_COOKIE)).anyMatch(c -> c.startsWith("peacetrack-lang=fr"));
        changeBehindTheApplicationsBack();

        MockHttpServletResponse again = anonymous(get("/items/{id}", item).param("lang", "fr"));

        assertThat(again.getContentAsString()).contains(BEHIND_ITS_BACK);
        assertThat(again.getHeaders(HttpHeaders.SET_COOKIE)).as("the switch still remembers the language")
                .anyMatch(c -> c.startsWith("peacetrack-lang=fr"));
        assertThat(stores()).isEqualTo(stores);
    }

    @Test
    void requestsThatDifferOnlyByTheirParametersAreAnsweredApart() throws Exception {
        String next = C34Sessions.symbolOf(YEAR + 2);
        ingestion.ingest("kept-" + (YEAR + 2) + ".md", C34Reports.report(next, YEAR + 2, Map.of(5,
                "The Special Committee requests the Secretariat to map numbatparams routes.")), null);
        generation.awaitRaisesAfterCommits();

        String first = anonymous(get("/api/items").param("framework", SYMBOL)).getContentAsString();
        String second = anonymous(get("/api/items").param("framework", next)).getContentAsString();
        String inQuery = anonymous(get("/api/items?framework={symbol}", next)).getContentAsString();

        assertThat(first).contains(KEPT).doesNotContain("numbatparams");
        assertThat(second).contains("numbatparams").doesNotContain(KEPT);
        assertThat(inQuery).isEqualTo(second);
    }

    @Test
    void aHeadRequestIsAnsweredFromTheKeptGet() throws Exception {
        MockHttpServletResponse page = anonymous(get("/api/items/{id}", item));
        double hits = hits();

        MockHttpServletResponse headers = anonymous(head("/api/items/{id}", item));

        assertThat(hits()).isEqualTo(hits + 1);
        assertThat(headers.getContentLength()).isEqualTo(page.getContentAsByteArray().length);
        assertThat(headers.getContentType()).isEqualTo(page.getContentType());
    }

    @Test
    void answersOfAnOlderGenerationAreFreedOnceANewerOneIsRead() throws Exception {
        anonymous(get("/items/{id}", item));
        long before = generation.current();
        assertThat(kept.asMap().keySet()).anyMatch(key -> key.generation() == before);

        generation.advance();
        anonymous(get("/api/frameworks"));

        assertThat(kept.asMap().keySet()).isNotEmpty().allMatch(key -> key.generation() > before);
    }

    private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    /** Plain SQL: the application's readers would show it, but it raises no generation. */
    private void changeBehindTheApplicationsBack() {
        jdbc.update("update tracked_item set body = ? where id = ?",
                "The Special Committee requests the Secretariat to publish its " + BEHIND_ITS_BACK + " figures.", item);
    }

    private double hits() {
        return meters.counter(AnonymousResponseCache.METRIC + ".requests", "result", "hit").count();
    }

    private double stores() {
        return meters.counter(AnonymousResponseCache.METRIC + ".stores").count();
    }
}
