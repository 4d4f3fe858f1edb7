package org.peacetrack.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The sign-in form's details: the address, and the two-factor code if the person typed one. */
final class SignInDetails extends WebAuthenticationDetails {

    static final AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> SOURCE = SignInDetails::new;

    private final String code;

    private SignInDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter("code");
    }

    String code() {
        return code;
    }
}
