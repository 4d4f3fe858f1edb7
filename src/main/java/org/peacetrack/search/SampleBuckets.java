package org.peacetrack.search;

/**
 * The bucket of a record id. Ids are scrambled first (Fibonacci hashing), so that consecutive ids, which
 * belong to the same framework or document, spread over all buckets.
 */
final class SampleBuckets {

    static final int COUNT = 1024;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private SampleBuckets() {
    }

    static int of(long id) {
        return (int) ((id * GOLDEN) >>> 54);
    }
}
