package org.peacetrack.security;

/** A secret offered to an authenticator app: typed in by hand, or read from the otpauth address. */
public record TwoFactorEnrolment(String secret, String uri) {
}
