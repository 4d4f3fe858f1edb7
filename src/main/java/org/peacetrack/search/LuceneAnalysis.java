package org.peacetrack.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The {@link Analyzers} of the Lucene backend (one node, index in a folder). */
class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .tokenFilter(SnowballPorterFilterFactory.class).param("language", "English");
        // without an articles file, the elision filter takes FrenchAnalyzer's list (Analyzers.FRENCH_ARTICLES)
        context.analyzer(Analyzers.FRENCH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ElisionFilterFactory.class).param("ignoreCase", "true")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                        .param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
                        .param("format", "snowball")
                .tokenFilter(FrenchLightStemFilterFactory.class);
    }
}
