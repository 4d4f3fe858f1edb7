package org.peacetrack.caching;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an anonymous reader's GET (or HEAD) of a public read from the answer stored for the same request in the
 * current publication generation, or lets the request through and stores its answer if it may be kept (ADR 0062).
 * Runs after the security chain, which writes its headers on every answer, served or made.
 */
final class AnonymousResponseCache extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AnonymousResponseCache.class);
    static final String METRIC = "peacetrack.cache.anonymous";

    private final AnonymousRequests requests;
    private final PublicationGeneration generation;
    private final Cache<AnonymousRequests.ResponseKey, StoredResponse> stored;
    private final long maxEntryBytes;
    private final MeterRegistry meters;
    private final Timer generationReads;
    private final Counter hits;
    private final Counter misses;
    private final Counter stores;
    /** The newest generation a request has read on this node: answers of older ones are never asked for again. */
    private final AtomicLong newest = new AtomicLong(Long.MIN_VALUE);

    AnonymousResponseCache(AnonymousRequests requests, PublicationGeneration generation,
            Cache<AnonymousRequests.ResponseKey, StoredResponse> stored, long maxEntryBytes, MeterRegistry meters) {
        this.requests = requests;
        this.generation = generation;
        this.stored = stored;
        this.maxEntryBytes = maxEntryBytes;
        this.meters = meters;
        this.generationReads = Timer.builder(METRIC + ".generation.reads")
                .description("Reads of the publication generation before a cacheable request").register(meters);
        this.hits = Counter.builder(METRIC + ".requests").tag("result", "hit")
                .description("Cacheable anonymous requests, answered from the cache (hit) or not (miss)").register(meters);
        this.misses = Counter.builder(METRIC + ".requests").tag("result", "miss").register(meters);
        this.stores = Counter.builder(METRIC + ".stores").description("Answers kept").register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> lifetime = requests.lifetime(request);
        if (lifetime.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long current;
        try {
            current = generationReads.recordCallable(generation::current);
        } catch (Exception e) {
            LOG.warn("Cannot read the publication generation: answering without the cache", e);
            chain.doFilter(request, response);
            return;
        }
        retireOlderThan(current);
        AnonymousRequests.ResponseKey key = requests.key(request, current);
        StoredResponse hit = stored.getIfPresent(key);
        if (hit != null) {
            hits.increment();
            hit.writeTo(response);
            return;
        }
        misses.increment();
        if ("HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        if (request.isAsyncStarted()) {
            return;
        }
        Optional<String> refusal = StoredResponse.refusal(captured, request.getSession(false) != null, maxEntryBytes);
        if (refusal.isPresent()) {
            meters.counter(METRIC + ".refusals", "reason", refusal.get()).increment();
        } else if (current < newest.get()) {
            // made while a newer generation was committed: no request will ask for it
            meters.counter(METRIC + ".refusals", "reason", "superseded").increment();
        } else {
            stored.put(key, StoredResponse.of(captured, lifetime.get()));
            stores.increment();
        }
        captured.copyBodyToResponse();
    }

    /**
     * Frees the memory of answers kept under older generations as soon as a newer one is seen, rather than when
     * size or time evicts them: under a steady stream of writes they would otherwise fill the cache with answers no
     * request can reach.
     */
    private void retireOlderThan(long current) {
        long seen = newest.get();
        if (current > seen && newest.compareAndSet(seen, current)) {
            stored.asMap().keySet().removeIf(key -> key.generation() < current);
        }
    }
}
