package org.peacetrack.search;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * OpenSearch index names with a prefix ({@code peacetrack.search.opensearch.index-prefix}), so that several
 * deployments (or test contexts) can share one cluster: "peacetrack-tracked_item". No aliases: an index is
 * rebuilt in place by {@code peacetrack reindex}.
 */
record PrefixedIndexNames(String prefix) implements IndexLayoutStrategy {

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName;
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return null;
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return null;
    }

    /** Hits name the OpenSearch index they come from; this tells Hibernate Search which of its indexes it is. */
    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        return elasticsearchIndexName.startsWith(prefix) ? elasticsearchIndexName.substring(prefix.length())
                : elasticsearchIndexName;
    }
}
