package org.peacetrack.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Who a person signed in through OpenID Connect is in Peacetrack (ADR 0054). The identity provider decides
 * the role: it sends it in the ID token's {@code peacetrack_role} claim, and a focal point's entity in
 * {@code peacetrack_entity}. Nothing is looked up in the local accounts, by e-mail or otherwise.
 * <ul>
 * <li>no role claim, a value that names no role, or a focal point without an entity: a Member State reader,
 * never a staff role;</li>
 * <li>the person acts as {@code oidc:} and the provider's subject, which no local user name can be (local
 * names have no colon), so a provider's subject never acts as, or for, a local account.</li>
 * </ul>
 */
final class OidcRoles {

    static final String ROLE_CLAIM = "peacetrack_role";
    static final String ENTITY_CLAIM = "peacetrack_entity";
    /** Every OpenID Connect actor's name starts so; local user names cannot contain a colon. */
    static final String PREFIX = "oidc:";

    private static final Logger LOG = LoggerFactory.getLogger(OidcRoles.class);
    /** The length of the columns that record who acted (V3: varchar(100)). */
    private static final int MAX_USERNAME = 100;
    private static final int MAX_DISPLAY_NAME = NewAccount.MAX_DISPLAY_NAME;

    private OidcRoles() {
    }

    /** Adds the role authority to what Spring Security granted (OIDC_USER and the scopes). */
    static Collection<? extends GrantedAuthority> map(Collection<? extends GrantedAuthority> granted) {
        Set<GrantedAuthority> mapped = new HashSet<>(granted);
        Role role = granted.stream().filter(OidcUserAuthority.class::isInstance).map(OidcUserAuthority.class::cast)
                .map(a -> role(a.getIdToken())).findFirst().orElse(Role.MEMBER_STATE);
        mapped.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        return mapped;
    }

    /** The role the ID token's claims give, Member State reader for anything else. */
    static Role role(OidcIdToken token) {
        String claim = token.getClaimAsString(ROLE_CLAIM);
        if (claim == null || claim.isBlank()) {
            return Role.MEMBER_STATE;
        }
        Optional<Role> named = Arrays.stream(Role.values())
                .filter(r -> r.name().equals(claim.strip().toUpperCase(Locale.ROOT))).findFirst();
        if (named.isEmpty()) {
            LOG.warn("OpenID Connect subject {} has the unknown role '{}': signed in as a Member State reader",
                    token.getSubject(), claim);
            return Role.MEMBER_STATE;
        }
        if (named.get() == Role.FOCAL_POINT && entity(token) == null) {
            LOG.warn("OpenID Connect subject {} is a focal point without {}: signed in as a Member State reader",
                    token.getSubject(), ENTITY_CLAIM);
            return Role.MEMBER_STATE;
        }
        return named.get();
    }

    /** The actor for a person the provider signed in, with the role already mapped. */
    static Actor actor(OidcUser user, Role role) {
        String display = Stream.of(user.getFullName(), user.getPreferredUsername(), user.getEmail(), user.getSubject())
                .filter(s -> s != null && !s.isBlank()).findFirst().orElse(user.getSubject());
        if (display.length() > MAX_DISPLAY_NAME) {
            display = display.substring(0, MAX_DISPLAY_NAME);
        }
        String entity = role == Role.FOCAL_POINT ? entity(user.getIdToken()) : null;
        return new Actor(username(user.getSubject()), display, role, entity);
    }

    /** {@code oidc:} and the subject; a subject too long for the columns is replaced by its SHA-256. */
    static String username(String subject) {
        String name = PREFIX + subject;
        if (name.length() <= MAX_USERNAME) {
            return name;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return PREFIX + "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String entity(OidcIdToken token) {
        String entity = token.getClaimAsString(ENTITY_CLAIM);
        return entity == null || entity.isBlank() ? null : entity.strip();
    }
}
