package org.peacetrack.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address over a sliding window; while either has failed too
 * often, sign-ins for it are refused before the password is even checked, so guessing gets nowhere. A
 * success clears the account's count (not the address's: one right password does not excuse many wrong).
 * In memory, per node: a restart forgets, and each node of several counts for itself (docs/security.md).
 */
@Component
class SignInThrottle {

    /** Beyond this many remembered keys, those whose failures have all left the window are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Clock clock = Clock.systemUTC();

    SignInThrottle(@Value("${peacetrack.security.sign-in.failures-per-account:5}") int perAccount,
            @Value("${peacetrack.security.sign-in.failures-per-address:30}") int perAddress,
            @Value("${peacetrack.security.sign-in.window:PT15M}") Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** How long until this account, or this address, may try again; empty if they may now. */
    Optional<Duration> refusedFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = wait(account(username), perAccount, now);
        Optional<Duration> from = wait(address(address), perAddress, now);
        return account.isPresent() && from.isPresent() ? Optional.of(max(account.get(), from.get()))
                : account.or(() -> from);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        record(account(username), now);
        record(address(address), now);
        if (failures.size() > TIDY_ABOVE) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast().isBefore(now.minus(window));
                }
            });
        }
    }

    void succeeded(String username) {
        failures.remove(account(username));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            expire(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
        }
    }

    private void expire(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.removeFirst();
        }
    }

    private static String account(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String address(String address) {
        return "address:" + address;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
