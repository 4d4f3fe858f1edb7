package org.peacetrack.caching;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The cache takes an eighth of the heap unless its size is set: 64 MB held a tenth of a 100,000-item corpus. */
class AnonymousCacheSizeTest {

    @Test
    void unsetSizeIsAnEighthOfTheHeap() {
        AnonymousCacheSettings settings = bind(Map.of("peacetrack.cache.anonymous.enabled", "true"));
        assertThat(settings.maxBytes(2L << 30)).isEqualTo(256L << 20);
        assertThat(maximumOf(settings)).isEqualTo(Runtime.getRuntime().maxMemory() / 8);
    }

    @Test
    void aSetSizeIsKeptWhateverTheHeap() {
        AnonymousCacheSettings settings = bind(Map.of("peacetrack.cache.anonymous.max-size", "64MB"));
        assertThat(settings.maxBytes(2L << 30)).isEqualTo(64L << 20);
        assertThat(maximumOf(settings)).isEqualTo(64L << 20);
    }

    private static long maximumOf(AnonymousCacheSettings settings) {
        Cache<AnonymousRequests.ResponseKey, StoredResponse> cache =
                new CachingConfiguration().anonymousResponses(settings, new SimpleMeterRegistry());
        return cache.policy().eviction().orElseThrow().getMaximum();
    }

    private static AnonymousCacheSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("peacetrack.cache.anonymous", AnonymousCacheSettings.class).get();
    }
}
