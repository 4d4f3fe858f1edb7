package org.peacetrack.benchmarks.corpus;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws ranks 0 to n - 1 with probability proportional to 1 / (rank + 1)^s: Zipf's law, which word
 * frequencies in text and query frequencies in search logs both follow (s close to 1).
 */
public final class ZipfSampler {

    private final double[] cumulative;

    public ZipfSampler(int n, double s) {
        if (n < 1) {
            throw new IllegalArgumentException("At least one rank");
        }
        cumulative = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1 / Math.pow(rank + 1, s);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cumulative[rank] /= sum;
        }
    }

    public int next(Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
    }

    public int size() {
        return cumulative.length;
    }
}
