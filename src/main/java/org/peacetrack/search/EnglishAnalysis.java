package org.peacetrack.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The {@code english} analyzer of the Lucene backend: "deployed" and "deployment" share the stem "deploy".
 * Snowball's English stemmer rather than the original Porter one, which stems "deployed" to "deploi" but
 * "deployment" to "deploy".
 * Registered by {@code hibernate.search.backend.analysis.configurer}.
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "english";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "English");
    }
}
