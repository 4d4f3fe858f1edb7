package org.peacetrack.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens of local accounts: made by their owner (account page) or by an operator (command line), shown
 * once, stored as a SHA-256 hash (a token has 256 random bits: a fast hash cannot be reversed by guessing),
 * scoped, and revoked by their owner. A token acts as its account, never beyond its scope.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

    static final String PREFIX = "pt_";
    static final int MAX_NAME = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock = Clock.systemUTC();

    ApiTokenService(ApiTokenRepository tokens, AccountRepository accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Transactional
    public IssuedToken create(String username, String name, TokenScope scope) {
        if (accounts.findByUsername(username).isEmpty()) {
            throw new AccountRefusedException("account.refused.unknown", "No account " + username, username);
        }
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME) {
            throw new AccountRefusedException("token.refused.name", "A token's name has 1 to " + MAX_NAME
                    + " characters", MAX_NAME);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiTokenEntity saved = tokens.save(new ApiTokenEntity(username, label, hash(secret), scope, clock.instant()));
        return new IssuedToken(saved.view(), secret);
    }

    public List<ApiTokenView> list(String username) {
        return tokens.findByUsernameOrderByCreatedAtDescIdDesc(username).stream().map(ApiTokenEntity::view).toList();
    }

    /** Revokes one of the owner's tokens; someone else's, or an unknown one, is refused alike. */
    @Transactional
    public ApiTokenView revoke(String username, long id) {
        ApiTokenEntity token = tokens.findById(id).filter(t -> t.username.equals(username))
                .orElseThrow(() -> new AccountRefusedException("token.refused.unknown", "No token " + id
                        + " of " + username, id));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
        }
        return token.view();
    }

    /** The account and scope a presented token stands for, if it is known, not revoked and its account enabled. */
    @Transactional
    Optional<TokenHolder> holder(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret)).filter(t -> t.revokedAt == null).flatMap(t -> {
            t.lastUsedAt = clock.instant();
            return accounts.findByUsername(t.username).filter(a -> !a.disabled)
                    .map(a -> new TokenHolder(new AccountUser(a), t.scope));
        });
    }

    record TokenHolder(AccountUser user, TokenScope scope) {
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
