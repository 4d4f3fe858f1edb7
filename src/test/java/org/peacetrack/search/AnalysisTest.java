package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.search.engine.backend.analysis.AnalysisToken;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The terms the backend's analyzers cut texts into, asked of the backend itself; the OpenSearch twin expects
 * the very same terms, so that a query finds the same records on either backend.
 */
@SpringBootTest
class AnalysisTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void englishStemsWordFormsTogetherAndDropsStopWordsAndPossessives() {
        assertThat(terms(Analyzers.ENGLISH, "The Secretary-General's troops deployed; deployment of peacekeepers"))
                .containsExactly("secretari", "general", "troop", "deploy", "deploy", "peacekeep");
    }

    @Test
    void englishKeepsSymbolsAndNumbersAsTerms() {
        assertThat(terms(Analyzers.ENGLISH, "A/78/19, para. 38: MONUSCO and UNMISS"))
                .containsExactly("78", "19", "para", "38", "monusco", "unmiss");
    }

    @Test
    void frenchDropsElidedArticlesAndStopWordsAndStemsLightly() {
        assertThat(terms(Analyzers.FRENCH, "L'Organisation des Nations Unies déploie les Casques bleus jusqu'à l'été"))
                .containsExactly("organ", "nation", "unie", "deplo", "casqu", "bleu", "été");
    }

    @Test
    void frenchStemsPluralsAndKeepsAccents() {
        assertThat(terms(Analyzers.FRENCH, "opérations de maintien de la paix"))
                .containsExactly("opér", "maintien", "pai");
    }

    private List<String> terms(String analyzer, String text) {
        return Search.mapping(entityManagerFactory).indexManager("tracked_item").analyze(analyzer, text).stream()
                .map(AnalysisToken::term).toList();
    }
}
