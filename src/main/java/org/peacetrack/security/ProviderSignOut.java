package org.peacetrack.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Signing out of a session begun at an OpenID Connect provider also ends the provider's session
 * (RP-initiated logout, when the provider announces an {@code end_session_endpoint}); the provider then sends
 * the browser back to the home page. A local sign-in signs out to the home page as before. The sign-out form
 * posts here and is redirected there, so the content security policy's {@code form-action} names the
 * providers' origins.
 */
final class ProviderSignOut {

    static final String END_SESSION = "end_session_endpoint";

    private ProviderSignOut() {
    }

    static LogoutSuccessHandler handler(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    /** The content security policy with the providers' sign-out origins added to {@code form-action}. */
    static String policy(ClientRegistrationRepository registrations) {
        TreeSet<String> origins = new TreeSet<>();
        for (ClientRegistration registration : all(registrations)) {
            Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get(END_SESSION);
            if (endpoint != null) {
                URI uri = URI.create(endpoint.toString());
                origins.add(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
            }
        }
        if (origins.isEmpty()) {
            return ContentPolicy.DIRECTIVES;
        }
        return ContentPolicy.DIRECTIVES.replace("form-action 'self'", "form-action 'self' " + String.join(" ", origins));
    }

    /** The registrations, when the repository can list them (Spring Boot's in-memory one can). */
    static List<ClientRegistration> all(ClientRegistrationRepository registrations) {
        List<ClientRegistration> all = new ArrayList<>();
        if (registrations instanceof Iterable<?> iterable) {
            iterable.forEach(r -> all.add((ClientRegistration) r));
        }
        return all;
    }
}
