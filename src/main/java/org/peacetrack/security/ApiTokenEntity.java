package org.peacetrack.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.peacetrack.caching.NotReaderContent;

// its last use is written on every request it signs; no reader sees tokens (ADR 0062)
@NotReaderContent
@Entity
@Table(name = "api_token")
class ApiTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String username;
    String name;
    @Column(name = "token_hash")
    String tokenHash;
    @Enumerated(EnumType.STRING)
    TokenScope scope;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "last_used_at")
    Instant lastUsedAt;
    @Column(name = "revoked_at")
    Instant revokedAt;

    protected ApiTokenEntity() {
    }

    ApiTokenEntity(String username, String name, String tokenHash, TokenScope scope, Instant now) {
        this.username = username;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scope = scope;
        this.createdAt = now;
    }

    ApiTokenView view() {
        return new ApiTokenView(id, username, name, scope, createdAt, lastUsedAt, revokedAt);
    }
}
