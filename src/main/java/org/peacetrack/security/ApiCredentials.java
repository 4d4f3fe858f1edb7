package org.peacetrack.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An API request that a page of another site cannot have forged: it brings its own credentials in the
 * Authorization header (Basic or a bearer token), which such a page cannot choose, or it names no session,
 * so there is no signed-in person's authority to borrow (it is anonymous, and refused where writes need a
 * role). These need no CSRF token; everything else, a session's API calls included, does (ADR 0044).
 */
final class ApiCredentials {

    private ApiCredentials() {
    }

    static boolean carried(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader("Authorization");
        boolean ownCredentials = authorization != null && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
        return path.startsWith("/api/") && (ownCredentials || request.getRequestedSessionId() == null);
    }
}
