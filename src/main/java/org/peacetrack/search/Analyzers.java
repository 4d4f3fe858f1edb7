package org.peacetrack.search;

import java.util.List;

/**
 * The analyzers both search backends define under the same names, with the same steps ({@link LuceneAnalysis},
 * {@link OpenSearchAnalysis}): a text is cut into the same terms on either, so that a query finds the same
 * records. {@code AnalysisTest} and its OpenSearch twin check the terms.
 */
final class Analyzers {

    /**
     * Standard tokenizer, lower case, English possessive, English stop words, Snowball English stemming:
     * "deployed" and "deployment" share the stem "deploy". Snowball rather than the original Porter stemmer,
     * which stems "deployed" to "deploi" but "deployment" to "deploy".
     */
    static final String ENGLISH = "english";

    /**
     * For French texts: standard tokenizer, elision of the articles below ("l'opération" is "opération"),
     * lower case, Snowball's French stop words, the light French stemmer.
     */
    static final String FRENCH = "french";

    /** Lucene's own list for French ({@code FrenchAnalyzer.DEFAULT_ARTICLES}), matched in any case. */
    static final List<String> FRENCH_ARTICLES = List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu",
            "quoiqu", "lorsqu", "puisqu");

    private Analyzers() {
    }
}
