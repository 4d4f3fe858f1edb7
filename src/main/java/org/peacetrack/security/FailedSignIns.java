package org.peacetrack.security;

import java.time.Instant;

/**
 * Where SignInThrottle keeps its failures per key (an account or an address): in this node's memory (one node,
 * ADR 0046) or in the database (several nodes, ADR 0055; {@code peacetrack.security.sign-in.counts=database}).
 */
interface FailedSignIns {

    /** The failures of this key after {@code since}: how many, and when the oldest of them was. */
    Window within(String key, Instant since);

    void record(String key, Instant at);

    void clear(String key);

    /** Forgets every failure at or before {@code before}; returns how many. */
    int forgetBefore(Instant before);

    record Window(int count, Instant oldest) {
    }
}
