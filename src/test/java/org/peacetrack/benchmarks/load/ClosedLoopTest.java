package org.peacetrack.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.peacetrack.benchmarks.corpus.ZipfSampler;

/** The load generator's own arithmetic: errors counted by kind, percentiles exact, ranks by Zipf's law. */
class ClosedLoopTest {

    @Test
    void countsEveryRefusedAnswerAndEveryExceptionAsAnErrorByKind() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ClosedLoop.Result result = ClosedLoop.run(3, Duration.ofMillis(300), c -> () -> {
            int n = calls.incrementAndGet();
            Thread.sleep(1);
            if (n % 5 == 0) {
                throw new java.io.IOException("connection refused");
            }
            return ClosedLoop.Outcome.of(n % 5 == 1 ? 500 : 200, "/items/" + n);
        });

        assertThat(result.requests()).isEqualTo(calls.get()).isPositive();
        assertThat(result.errors()).isEqualTo(result.errorKinds().values().stream().mapToLong(Long::longValue).sum());
        assertThat(result.errorKinds()).containsOnlyKeys("500", "IOException:");
        assertThat(result.examples()).isNotEmpty().allMatch(e -> e.startsWith("500 /items/") || e.contains("refused"));
        assertThat(result.summary()).contains("3 clients").contains("errors " + result.errors());
    }

    @Test
    void percentilesAreTheLatenciesAtTheirRankNotAnAverage() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ClosedLoop.Result result = ClosedLoop.run(1, Duration.ofMillis(400), c -> () -> {
            Thread.sleep(calls.incrementAndGet() % 10 == 0 ? 20 : 1);
            return ClosedLoop.Outcome.of(200, "/");
        });

        assertThat(result.errors()).isZero();
        assertThat(result.percentileMillis(50)).isLessThan(10);
        assertThat(result.percentileMillis(100)).isGreaterThanOrEqualTo(20);
        assertThat(result.percentileMillis(95)).isGreaterThanOrEqualTo(20);
        assertThat(result.perSecond()).isPositive();
    }

    @Test
    void zipfRanksFallAsOneOverTheRank() {
        ZipfSampler zipf = new ZipfSampler(1_000, 1.0);
        Random random = new Random(3);
        int[] counts = new int[1_000];
        for (int i = 0; i < 200_000; i++) {
            counts[zipf.next(random)]++;
        }
        assertThat((double) counts[0] / counts[1]).isBetween(1.8, 2.2);
        assertThat((double) counts[0] / counts[9]).isBetween(8.0, 12.0);
        assertThat(counts[999]).isLessThan(counts[0] / 300);
    }
}
