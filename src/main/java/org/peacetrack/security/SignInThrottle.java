package org.peacetrack.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.peacetrack.nodes.NodeLocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address over a sliding window; while either has failed too
 * often, sign-ins for it are refused before the password is even checked, so guessing gets nowhere. A
 * success clears the account's count (not the address's: one right password does not excuse many wrong).
 * The counts are kept by {@link FailedSignIns}: in memory on one node (ADR 0046), in the database when several
 * nodes serve (ADR 0055), where one node at a time deletes those that left the window.
 */
@Component
class SignInThrottle {

    static final String TIDY_LOCK = "sign-in-failures";

    private final FailedSignIns failures;
    private final NodeLocks locks;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Clock clock = Clock.systemUTC();

    SignInThrottle(FailedSignIns failures, NodeLocks locks,
            @Value("${peacetrack.security.sign-in.failures-per-account:5}") int perAccount,
            @Value("${peacetrack.security.sign-in.failures-per-address:30}") int perAddress,
            @Value("${peacetrack.security.sign-in.window:PT15M}") Duration window) {
        this.failures = failures;
        this.locks = locks;
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
        failures.record(account(username), now);
        failures.record(address(address), now);
    }

    void succeeded(String username) {
        failures.clear(account(username));
    }

    /** Forgets the failures that left the window, on one node per interval. */
    @Scheduled(fixedDelayString = "${peacetrack.security.sign-in.window:PT15M}",
            initialDelayString = "${peacetrack.security.sign-in.window:PT15M}")
    void tidy() {
        locks.runUnlessRecent(TIDY_LOCK, window, () -> failures.forgetBefore(clock.instant().minus(window)));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        FailedSignIns.Window recent = failures.within(key, now.minus(window));
        if (recent.count() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.oldest().plus(window)));
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
