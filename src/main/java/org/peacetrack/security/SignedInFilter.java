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
 * choose a new password to the page that does it before anything else; where two-factor sign-in is
 * required of staff (peacetrack.security.two-factor-for-staff), sends a reviewer, editor or administrator
 * without it to the page that turns it on.
 */
class SignedInFilter extends OncePerRequestFilter {

    /** The request attribute pages read the signed-in actor from. */
    static final String ME = "me";
    static final String CHANGE_PASSWORD = "/account/password";

    static final String TWO_FACTOR = "/account/two-factor";

    private final AccountService accounts;
    private final CurrentActor current;
    private final boolean twoFactorForStaff;

    SignedInFilter(AccountService accounts, CurrentActor current, boolean twoFactorForStaff) {
        this.accounts = accounts;
        this.current = current;
        this.twoFactorForStaff = twoFactorForStaff;
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
        if (twoFactorForStaff && account.isPresent() && account.get().role() != Role.FOCAL_POINT
                && account.get().role() != Role.MEMBER_STATE && !mayWaitForTwoFactor(request)
                && !accounts.hasTwoFactor(account.get().username())) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.sendError(HttpStatus.FORBIDDEN.value(), "This staff account must turn on two-factor sign-in first");
            } else {
                response.sendRedirect(request.getContextPath() + TWO_FACTOR);
            }
            return;
        }
        actor.ifPresent(a -> request.setAttribute(ME, a));
        chain.doFilter(request, response);
    }

    private static boolean mayWaitForTwoFactor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(TWO_FACTOR) || mayWaitForNewPassword(request);
    }

    private static boolean mayWaitForNewPassword(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(CHANGE_PASSWORD) || path.equals("/logout") || path.startsWith("/css/")
                || path.startsWith("/webjars/") || path.equals("/error") || path.equals("/favicon.ico");
    }
}
