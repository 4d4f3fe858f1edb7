package org.peacetrack.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/** What a refused sign-in answers: 429 with Retry-After when throttled, else the usual 401 or login error. */
final class ThrottledResponses {

    private ThrottledResponses() {
    }

    /** Basic authentication: 429 when throttled, else 401 with the challenge. */
    static AuthenticationEntryPoint basic() {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Peacetrack");
        return (request, response, failure) -> {
            if (failure instanceof SignInThrottledException throttled) {
                tooMany(response, throttled);
            } else {
                challenge.commence(request, response, failure);
            }
        };
    }

    /** The sign-in form: back to it with "locked" when throttled, else with "error". */
    static AuthenticationFailureHandler form() {
        SimpleUrlAuthenticationFailureHandler error = new SimpleUrlAuthenticationFailureHandler("/login?error");
        SimpleUrlAuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler("/login?locked");
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            (failure instanceof SignInThrottledException ? locked : error)
                    .onAuthenticationFailure(request, response, failure);
        };
    }

    private static void tooMany(HttpServletResponse response, SignInThrottledException throttled) throws IOException {
        response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), throttled.getMessage());
    }
}
