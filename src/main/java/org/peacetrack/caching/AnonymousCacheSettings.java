package org.peacetrack.caching;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code peacetrack.cache.anonymous.*} (ADR 0062, README's configuration table).
 *
 * @param enabled        false: every request goes to the controllers, nothing is kept
 * @param maxSize        the bytes of all stored responses together (bodies, headers and keys), per node; unset, an
 *                       eighth of the node's heap ({@link #maxBytes})
 * @param maxEntrySize   a larger response is served but not kept
 * @param paths          the public reads that may be kept (Spring path patterns, matched without the query)
 * @param searchPaths    the searches that may be kept, for {@code searchTtl} at most
 * @param ttl            how long a stored page lives at most, were the generation never to change
 * @param searchTtl      how long a stored search lives at most: the bound on a node that dies between a commit and
 *                       its second raise of the generation, when the index may have lagged the first
 * @param sessionCookies cookies whose presence makes a request a signed-in reader's, whatever else it carries
 */
@ConfigurationProperties("peacetrack.cache.anonymous")
record AnonymousCacheSettings(
        @DefaultValue("true") boolean enabled,
        DataSize maxSize,
        @DefaultValue("1MB") DataSize maxEntrySize,
        @DefaultValue({"/items", "/items/{id:\\d+}", "/recommendations/{year:\\d+}/{number:\\d+}", "/frameworks",
                "/api/frameworks", "/api/frameworks/themes", "/api/items", "/api/items/{id:\\d+}",
                "/api/items/{id:\\d+}/lineage"}) List<String> paths,
        @DefaultValue({"/search", "/api/search"}) List<String> searchPaths,
        @DefaultValue("PT10M") Duration ttl,
        @DefaultValue("PT1M") Duration searchTtl,
        @DefaultValue({"JSESSIONID", "SESSION", "remember-me"}) List<String> sessionCookies) {

    /** An eighth of the heap when unset: room for some 30,000 pages of 8 KB in a 2 GB heap, 8,000 in 512 MB. */
    static final int HEAP_SHARE = 8;

    /** The bytes the cache may hold on a node whose heap may grow to {@code maxHeap} bytes. */
    long maxBytes(long maxHeap) {
        return maxSize != null ? maxSize.toBytes() : maxHeap / HEAP_SHARE;
    }
}
