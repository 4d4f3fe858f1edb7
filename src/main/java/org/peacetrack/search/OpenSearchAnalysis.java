package org.peacetrack.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The {@link Analyzers} of the OpenSearch backend, step for step those of {@link LuceneAnalysis}: OpenSearch's
 * {@code _english_} and {@code _french_} stop words are Lucene's default lists.
 */
class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("english_stop").type("stop").param("stopwords", "_english_");
        context.tokenFilter("english_snowball").type("snowball").param("language", "English");
        context.analyzer(Analyzers.ENGLISH).custom().tokenizer("standard")
                .tokenFilters("lowercase", "english_possessive", "english_stop", "english_snowball");

        context.tokenFilter("french_elision").type("elision").param("articles_case", true)
                .param("articles", Analyzers.FRENCH_ARTICLES.toArray(String[]::new));
        context.tokenFilter("french_stop").type("stop").param("stopwords", "_french_");
        context.tokenFilter("french_light_stem").type("stemmer").param("language", "light_french");
        context.analyzer(Analyzers.FRENCH).custom().tokenizer("standard")
                .tokenFilters("french_elision", "lowercase", "french_stop", "french_light_stem");
    }
}
