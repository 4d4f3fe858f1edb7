package org.peacetrack.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SampleBucketsTest {

    @Test
    void idsSpreadEvenlyOverTheBuckets() {
        long[] perBucket = new long[SampleBuckets.COUNT];
        LongStream.rangeClosed(1, 1_024_000).forEach(id -> perBucket[SampleBuckets.of(id)]++);
        assertThat(LongStream.of(perBucket).min().orElseThrow()).isGreaterThanOrEqualTo(850);
        assertThat(LongStream.of(perBucket).max().orElseThrow()).isLessThanOrEqualTo(1_150);
    }

    @Test
    void consecutiveIdsOfOneFrameworkLandInManyBuckets() {
        long distinct = LongStream.rangeClosed(5_001, 5_064).map(SampleBuckets::of).distinct().count();
        assertThat(distinct).isGreaterThan(55);
    }
}
