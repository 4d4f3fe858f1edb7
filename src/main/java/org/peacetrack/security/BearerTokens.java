package org.peacetrack.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer pt_...}: as the token's account, for
 * this request only (no session). An unknown or revoked token is 401; a write beyond the token's scope 403.
 */
class BearerTokens extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;

    BearerTokens(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<ApiTokenService.TokenHolder> holder = path.startsWith("/api/")
                ? tokens.holder(request.getHeader("Authorization").substring(BEARER.length()).strip())
                : Optional.empty();
        if (holder.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            response.sendError(HttpStatus.UNAUTHORIZED.value(), "Unknown or revoked API token (tokens are for /api/ only)");
            return;
        }
        if (!allows(holder.get().scope(), request.getMethod(), path)) {
            response.sendError(HttpStatus.FORBIDDEN.value(), "This API token's scope (" + holder.get().scope()
                    + ") does not allow " + request.getMethod() + " " + path);
            return;
        }
        AccountUser user = holder.get().user();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static boolean allows(TokenScope scope, String method, String path) {
        boolean read = method.equals("GET") || method.equals("HEAD");
        return read || (scope == TokenScope.IMPORT && method.equals("POST") && path.equals("/api/imports"));
    }
}
