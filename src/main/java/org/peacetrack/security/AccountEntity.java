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

@Entity
@Table(name = "account")
class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String username;
    @Column(name = "password_hash")
    String passwordHash;
    @Column(name = "display_name")
    String displayName;
    @Enumerated(EnumType.STRING)
    Role role;
    @Column(name = "entity_code")
    String entityCode;
    @Column(name = "created_at")
    Instant createdAt;
    boolean disabled;
    @Column(name = "must_change_password")
    boolean mustChangePassword;
    /** The authenticator's TOTP secret once the owner turned two-factor sign-in on; null while off. */
    @Column(name = "totp_secret")
    String totpSecret;

    protected AccountEntity() {
    }

    AccountEntity(NewAccount account, String passwordHash, Instant now) {
        this.username = account.username();
        this.passwordHash = passwordHash;
        this.displayName = account.displayName();
        this.role = account.role();
        this.entityCode = account.entityCode();
        this.createdAt = now;
    }

    AccountView view() {
        return new AccountView(username, displayName, role, entityCode, disabled, mustChangePassword);
    }

    Actor actor() {
        return new Actor(username, displayName, role, entityCode);
    }
}
