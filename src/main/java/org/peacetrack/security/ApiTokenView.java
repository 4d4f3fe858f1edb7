package org.peacetrack.security;

import java.time.Instant;

/** An API token as its owner's page lists it: never the token itself, which is shown only once. */
public record ApiTokenView(long id, String username, String name, TokenScope scope, Instant createdAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
