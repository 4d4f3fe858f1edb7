package org.peacetrack.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after sign-in on every request. Keeps the signed-in person as the request attribute {@code me}, so
 * that every page shows them, error pages and refused forms included (those are rendered without the
 * controllers' model). Signs out an account disabled since it signed in, and sends an account that must
 * choose a new password to the page that does it before anything else.
 */
class SignedInFilter extends OncePerRequestFilter {

    /** The request attribute pages read the signed-in actor from. */
    static final String ME = "me";
    static final String CHANGE_PASSWORD = "/account/password";

    private final AccountService accounts;
    private final CurrentActor current;

    SignedInFilter(AccountService accounts, CurrentActor current) {
        this.accounts = accounts;
        this.current = current;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> actor = current.get();
        boolean local = actor.isPresent() && SecurityContextHolder.getContext().getAuthentication()
                .getPrincipal() instanceof AccountUser;
        Optional<AccountView> account = local ? accounts.view(actor.get().username()) : Optional.empty();
        if (local && (account.isEmpty() || account.get().disabled())) {
            SecurityContextHolder.clearContext();
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?disabled");
            return;
        }
        if (account.isPresent() && account.get().mustChangePassword() && !mayWaitForNewPassword(request)) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpStatus.FORBIDDEN.value(), "This account must change its password first");
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
            }
            return;
        }
        actor.ifPresent(a -> request.setAttribute(ME, a));
        chain.doFilter(request, response);
    }

    private static boolean mayWaitForNewPassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(CHANGE_PASSWORD) || path.equals("/logout") || path.startsWith("/css/")
                || path.startsWith("/webjars/") || path.equals("/error") || path.equals("/favicon.ico");
    }
}
