package org.peacetrack.security;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The failures in this node's memory: no write per failure, forgotten at a restart, counted per node (ADR 0046). */
@Component
@ConditionalOnProperty(name = "peacetrack.security.sign-in.counts", havingValue = "memory", matchIfMissing = true)
class FailedSignInsInMemory implements FailedSignIns {

    /** Beyond this many remembered keys, those whose failures have all left the window are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private volatile Instant lastSince = Instant.MIN;

    @Override
    public Window within(String key, Instant since) {
        lastSince = since;
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return new Window(0, null);
        }
        synchronized (times) {
            expire(times, since);
            return new Window(times.size(), times.peekFirst());
        }
    }

    @Override
    public void record(String key, Instant at) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(at);
        }
        if (failures.size() > TIDY_ABOVE) {
            forgetBefore(lastSince);
        }
    }

    @Override
    public void clear(String key) {
        failures.remove(key);
    }

    @Override
    public int forgetBefore(Instant before) {
        int[] forgotten = {0};
        failures.values().removeIf(times -> {
            synchronized (times) {
                int size = times.size();
                expire(times, before);
                forgotten[0] += size - times.size();
                return times.isEmpty();
            }
        });
        return forgotten[0];
    }

    private static void expire(Deque<Instant> times, Instant since) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
            times.removeFirst();
        }
    }
}
