package org.peacetrack.testing;

import java.util.function.Supplier;

/**
 * The promise every reader and recogniser makes to hostile input (ADR 0050): it gives a result, or it refuses
 * with the project's own exception and a reason a person can read. Any other exception, a hang or running out
 * of memory breaks the promise, and the fuzzer reports the input that did it.
 */
public final class ReadOrRefuse {

    private ReadOrRefuse() {
    }

    public static void check(Supplier<?> read, Class<? extends RuntimeException> refusal) {
        Object result;
        try {
            result = read.get();
        } catch (RuntimeException e) {
            if (!refusal.isInstance(e)) {
                throw e;
            }
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("a refusal without a reason", e);
            }
            return;
        }
        if (result == null) {
            throw new AssertionError("neither a result nor a refusal: the reader returned null");
        }
    }
}
