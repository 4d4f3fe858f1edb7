package org.peacetrack.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An API request that brings its own credentials in the Authorization header (Basic or a bearer token).
 * A page of another site can make a browser send cookies, not choose this header; such requests need no
 * CSRF token. Everything else, a session's API calls included, does (issue 14; ADR 0044).
 */
final class ApiCredentials {

    private ApiCredentials() {
    }

    static boolean carried(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader("Authorization");
        return path.startsWith("/api/") && authorization != null
                && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
    }
}
