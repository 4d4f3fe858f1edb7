package org.peacetrack.security;

/** A token just made: the secret is returned this once and stored only as its hash. */
public record IssuedToken(ApiTokenView token, String secret) {
}
