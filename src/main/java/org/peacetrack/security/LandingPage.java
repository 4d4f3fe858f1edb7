package org.peacetrack.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * After signing in, people go back to the page that asked them to; a focal point who just came to sign in
 * lands on "my items", what their entity still has to report.
 */
class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    private final HttpSessionRequestCache saved = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        boolean focalPoint = authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.FOCAL_POINT.name()));
        if (focalPoint && saved.getRequest(request, response) == null) {
            getRedirectStrategy().sendRedirect(request, response, "/my-items");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
