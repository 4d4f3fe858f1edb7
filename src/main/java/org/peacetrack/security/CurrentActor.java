package org.peacetrack.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** Who is acting in this request, whether signed in locally, through OpenID Connect, or in a test. */
@Component
public class CurrentActor {

    public Optional<Actor> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Object principal = auth.getPrincipal();
        if (principal instanceof AccountUser account) {
            return Optional.of(account.actor());
        }
        if (principal instanceof OidcUser oidc) {
            return Optional.of(OidcRoles.actor(oidc, role(auth)));
        }
        return Optional.of(new Actor(auth.getName(), auth.getName(), role(auth), null));
    }

    /** The actor, or an error if nobody is signed in (the web layer has already asked them to sign in). */
    public Actor require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    private static Role role(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .flatMap(name -> Arrays.stream(Role.values()).filter(r -> r.name().equals(name)))
                .findFirst().orElse(Role.MEMBER_STATE);
    }
}
