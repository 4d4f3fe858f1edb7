package org.peacetrack.benchmarks.load;

import java.util.Random;

/** The next request path of a client (one random per client, so the mix is the same at any concurrency). */
public interface RequestMix {

    String next(Random random);
}
