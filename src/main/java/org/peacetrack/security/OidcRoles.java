package org.peacetrack.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Maps an OpenID Connect login to a Peacetrack role: the identity provider sends the role in the
 * {@code peacetrack_role} claim and a focal point's entity in {@code peacetrack_entity}; without a role
 * claim the person is a Member State reader.
 */
final class OidcRoles {

    static final String ROLE_CLAIM = "peacetrack_role";
    static final String ENTITY_CLAIM = "peacetrack_entity";

    private OidcRoles() {
    }

    static Collection<? extends GrantedAuthority> map(Collection<? extends GrantedAuthority> granted) {
        Set<GrantedAuthority> mapped = new HashSet<>(granted);
        String role = granted.stream().filter(OidcUserAuthority.class::isInstance).map(OidcUserAuthority.class::cast)
                .map(a -> a.getIdToken().getClaimAsString(ROLE_CLAIM)).filter(r -> r != null).findFirst()
                .orElse(Role.MEMBER_STATE.name());
        mapped.add(new SimpleGrantedAuthority("ROLE_" + Role.valueOf(role.toUpperCase(Locale.ROOT)).name()));
        return mapped;
    }
}
