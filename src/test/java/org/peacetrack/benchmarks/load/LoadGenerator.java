package org.peacetrack.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.peacetrack.benchmarks.corpus.CorpusGenerator;
import org.peacetrack.benchmarks.corpus.WordModel;

/**
 * Closed-loop HTTP load against one or more running nodes (ADR 0057), for the side-by-side figures in
 * docs/benchmarks.md. Requests go to the nodes in turn, so two nodes share the load evenly.
 *
 * <pre>java -cp ... org.peacetrack.benchmarks.load.LoadGenerator \
 *     --urls http://127.0.0.1:8107,http://127.0.0.1:8117 --mix search --clients 1,10,50 --seconds 30 \
 *     --warmup 60 --label "two nodes, OpenSearch" --table target/load.md</pre>
 *
 * Mixes: {@code search} ({@link SearchMix}: queries drawn from the corpus's word model, which it rebuilds
 * from ../shared with the corpus generator's seed) and {@code pages} ({@link PageMix}, over
 * {@code --items}, 1,000,000 by default). Each run prints p50/p95/p99, the maximum, throughput and errors,
 * and appends a row to the table file if one is named, with the load average before and after.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        List<URI> nodes = List.of(options.getOrDefault("urls", "http://127.0.0.1:8080").split(",")).stream()
                .map(String::strip).map(URI::create).toList();
        String mixName = options.getOrDefault("mix", "search");
        int items = Integer.parseInt(options.getOrDefault("items", "1000000"));
        RequestMix mix = switch (mixName) {
            case "search" -> new SearchMix(WordModel.read(Path.of(options.getOrDefault("shared", "../shared")),
                    CorpusGenerator.RARE_TERMS, 11), 20_000, 57);
            case "pages" -> new PageMix(items);
            default -> throw new IllegalArgumentException("--mix search or pages, not " + mixName);
        };
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "0"));
        String label = options.getOrDefault("label", nodes.size() + " node(s)");
        Path table = options.containsKey("table") ? Path.of(options.get("table")) : null;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicLong turn = new AtomicLong();
        if (warmup > 0) {
            System.out.printf("warm-up %d s, 10 clients: %s%n", warmup,
                    ClosedLoop.run(10, Duration.ofSeconds(warmup), c -> client(http, nodes, turn, mix, 1000 + c)).summary());
        }
        for (String n : options.getOrDefault("clients", "1,10,50").split(",")) {
            int clients = Integer.parseInt(n.strip());
            String before = loadAverage();
            Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            ClosedLoop.Result result = ClosedLoop.run(clients, Duration.ofSeconds(seconds),
                    c -> client(http, nodes, turn, mix, c));
            String after = loadAverage();
            System.out.printf("%s, %s, %s (load average %s -> %s)%n", label, mixName, result.summary(), before, after);
            if (table != null) {
                Files.writeString(table, String.format("| %s | %s | %d | %.1f | %.1f | %.1f | %.0f/s | %d | %s | %s → %s |%n",
                        label, mixName, clients, result.percentileMillis(50), result.percentileMillis(95),
                        result.percentileMillis(99), result.perSecond(), result.errors(), at, before, after),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
    }

    private static ClosedLoop.Client client(HttpClient http, List<URI> nodes, AtomicLong turn, RequestMix mix, long seed) {
        Random random = new Random(seed);
        return () -> {
            String path = mix.next(random);
            URI node = nodes.get((int) (turn.getAndIncrement() % nodes.size()));
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(node.resolve(path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return ClosedLoop.Outcome.of(response.statusCode(), path);
        };
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
