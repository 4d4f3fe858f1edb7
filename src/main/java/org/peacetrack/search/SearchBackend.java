package org.peacetrack.search;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Chooses where the search index lives from {@code peacetrack.search.backend} (ADR 0042): {@code lucene}, a
 * folder beside one node ({@code peacetrack.search.index-dir}); or {@code opensearch}, a cluster that every
 * node shares ({@code peacetrack.search.opensearch.*}). Both define the same {@link Analyzers}, so the same
 * queries find the same records on either.
 */
@Component
class SearchBackend implements HibernatePropertiesCustomizer {

    static final String PROPERTY = "peacetrack.search.backend";
    private static final String BACKEND = "hibernate.search.backend.";

    private final Environment env;

    SearchBackend(Environment env) {
        this.env = env;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        String backend = env.getProperty(PROPERTY, "lucene").toLowerCase(Locale.ROOT);
        switch (backend) {
            case "lucene" -> lucene(properties);
            case "opensearch" -> openSearch(properties);
            default -> throw new IllegalStateException(PROPERTY + " must be lucene or opensearch, not " + backend);
        }
    }

    private void lucene(Map<String, Object> properties) {
        properties.put(BACKEND + "type", "lucene");
        properties.putIfAbsent(BACKEND + "directory.root", env.getRequiredProperty("peacetrack.search.index-dir"));
        properties.put(BACKEND + "analysis.configurer", new LuceneAnalysis());
    }

    private void openSearch(Map<String, Object> properties) {
        // a Lucene folder (or the tests' heap directory) means nothing to a cluster
        properties.keySet().removeIf(key -> key.startsWith(BACKEND + "directory."));
        properties.put(BACKEND + "type", "elasticsearch");
        properties.put(BACKEND + "uris", env.getRequiredProperty("peacetrack.search.opensearch.uris"));
        properties.put(BACKEND + "version", "opensearch:" + env.getProperty("peacetrack.search.opensearch.version", "2.19"));
        String username = env.getProperty("peacetrack.search.opensearch.username", "");
        if (!username.isBlank()) {
            properties.put(BACKEND + "username", username);
            properties.put(BACKEND + "password", env.getProperty("peacetrack.search.opensearch.password", ""));
        }
        properties.put(BACKEND + "layout.strategy",
                new PrefixedIndexNames(env.getProperty("peacetrack.search.opensearch.index-prefix", "peacetrack-")));
        properties.put(BACKEND + "analysis.configurer", new OpenSearchAnalysis());
    }
}
