package org.peacetrack.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Closed-loop load: each of N clients sends a request, waits for its answer, and sends the next, for a
 * duration. Every answer's latency is kept (microseconds), so percentiles are exact, not bucketed. An
 * answer the client's check refuses, or an exception (a time-out, a refused connection), is an error; the
 * first few are kept with what they were, to say why.
 */
public final class ClosedLoop {

    /** One client: sends one request and answers whether it succeeded, with a label for an error. */
    public interface Client {
        Outcome call() throws Exception;
    }

    /** What a request got: success or not, and what to report if not (the path and the status, say). */
    public record Outcome(boolean ok, String what) {

        public static Outcome of(int status, String path) {
            return new Outcome(status >= 200 && status < 400, status + " " + path);
        }
    }

    private ClosedLoop() {
    }

    public static Result run(int clients, Duration duration, IntFunction<Client> clientFactory) throws InterruptedException {
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicLong> kinds = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(clients);
        long[] counts = new long[clients];
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int index = c;
            long[][] mine = {new long[1024]};
            Client client = clientFactory.apply(c);
            Thread thread = new Thread(() -> {
                try {
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        String failure;
                        try {
                            Outcome outcome = client.call();
                            failure = outcome.ok() ? null : outcome.what();
                        } catch (Exception e) {
                            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                        }
                        long micros = (System.nanoTime() - t0) / 1_000;
                        if (n == mine[0].length) {
                            mine[0] = Arrays.copyOf(mine[0], n * 2);
                        }
                        mine[0][n++] = micros;
                        if (failure != null) {
                            errors.incrementAndGet();
                            kinds.computeIfAbsent(failure.split(" ", 2)[0], k -> new AtomicLong())
                                    .incrementAndGet();
                            if (examples.size() < 10) {
                                examples.add(failure);
                            }
                        }
                    }
                    counts[index] = n;
                    synchronized (latencies) {
                        latencies.add(Arrays.copyOf(mine[0], n));
                    }
                } finally {
                    done.countDown();
                }
            }, "load-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (long[] part : latencies) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        Arrays.sort(all);
        Map<String, Long> byKind = new TreeMap<>();
        kinds.forEach((k, v) -> byKind.put(k, v.get()));
        return new Result(clients, all, errors.get(), byKind, List.copyOf(examples), seconds);
    }

    /** The latencies in microseconds, sorted; errors by their first word (the status or exception). */
    public record Result(int clients, long[] micros, long errors, Map<String, Long> errorKinds, List<String> examples,
            double seconds) {

        public long requests() {
            return micros.length;
        }

        public double percentileMillis(double p) {
            if (micros.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * micros.length) - 1;
            return micros[Math.max(0, Math.min(micros.length - 1, index))] / 1000.0;
        }

        public double perSecond() {
            return micros.length / seconds;
        }

        public String summary() {
            return String.format("%d clients: %d requests in %.0f s, %.1f/s, errors %d%s, p50 %.1f ms, p95 %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms", clients, requests(), seconds, perSecond(), errors,
                    errors == 0 ? "" : " " + errorKinds + " e.g. " + examples.get(0), percentileMillis(50),
                    percentileMillis(95), percentileMillis(99), percentileMillis(100));
        }
    }
}
