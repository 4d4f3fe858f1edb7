package org.peacetrack.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.peacetrack.caching.NotReaderContent;

/** One two-factor recovery code of an account: its SHA-256, and when it was used (null while unused). */
// no reader sees recovery codes (ADR 0062)
@NotReaderContent
@Entity
@Table(name = "two_factor_recovery_code")
class RecoveryCodeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String username;
    @Column(name = "code_hash")
    String codeHash;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "used_at")
    Instant usedAt;

    protected RecoveryCodeEntity() {
    }

    RecoveryCodeEntity(String username, String codeHash, Instant createdAt) {
        this.username = username;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }
}
