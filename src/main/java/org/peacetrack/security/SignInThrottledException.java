package org.peacetrack.security;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins for this account or from this address: refused without checking the password. */
class SignInThrottledException extends LockedException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins: try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds");
        this.retryAfter = retryAfter;
    }

    long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
