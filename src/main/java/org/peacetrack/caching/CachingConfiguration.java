package org.peacetrack.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The cache of anonymous answers, in the web server only and unless {@code peacetrack.cache.anonymous.enabled} is
 * false: a Caffeine cache weighed in bytes, and its filter after the security chain (order -100) and inside the
 * API's ETag filter (portal), so that a served answer gets its security headers and its ETag like a made one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "peacetrack.cache.anonymous.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AnonymousCacheSettings.class)
class CachingConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CachingConfiguration.class);

    /** After Spring Security's chain (-100) and the API's ETag filter (LOWEST_PRECEDENCE - 100, portal). */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 50;

    @Bean
    Cache<AnonymousRequests.ResponseKey, StoredResponse> anonymousResponses(AnonymousCacheSettings settings,
            MeterRegistry meters) {
        long maxBytes = settings.maxBytes(Runtime.getRuntime().maxMemory());
        LOG.info("Answers to anonymous readers are kept in up to {} MB of this node's heap (ADR 0062)", maxBytes >> 20);
        Cache<AnonymousRequests.ResponseKey, StoredResponse> cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<AnonymousRequests.ResponseKey, StoredResponse>weigher((key, value) -> key.weight() + value.weight())
                .expireAfter(new Lifetimes())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(meters, cache, "anonymous-responses");
        return cache;
    }

    @Bean
    FilterRegistrationBean<AnonymousResponseCache> anonymousResponseCache(AnonymousCacheSettings settings,
            LocaleResolver localeResolver, PublicationGeneration generation,
            Cache<AnonymousRequests.ResponseKey, StoredResponse> anonymousResponses, MeterRegistry meters) {
        FilterRegistrationBean<AnonymousResponseCache> filter = new FilterRegistrationBean<>(new AnonymousResponseCache(
                new AnonymousRequests(settings, localeResolver), generation, anonymousResponses,
                settings.maxEntrySize().toBytes(), meters));
        filter.setOrder(ORDER);
        return filter;
    }

    /** Each entry lives as long as its kind allows (pages, searches), from when it was stored. */
    private static final class Lifetimes implements Expiry<AnonymousRequests.ResponseKey, StoredResponse> {

        @Override
        public long expireAfterCreate(AnonymousRequests.ResponseKey key, StoredResponse value, long now) {
            return value.lifetime().toNanos();
        }

        @Override
        public long expireAfterUpdate(AnonymousRequests.ResponseKey key, StoredResponse value, long now,
                long remaining) {
            return value.lifetime().toNanos();
        }

        @Override
        public long expireAfterRead(AnonymousRequests.ResponseKey key, StoredResponse value, long now,
                long remaining) {
            return remaining;
        }
    }
}
