package org.peacetrack.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form, and a link to each OpenID Connect provider configured; after a refused sign-in it says so
 * with an error status, not 200.
 */
@Controller
class LoginPage {

    /** A provider to sign in with: where the link goes and the name it shows. */
    record Provider(String path, String name) {
    }

    private final List<Provider> providers = new ArrayList<>();

    LoginPage(ObjectProvider<ClientRegistrationRepository> registrations) {
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object r : all) {
                ClientRegistration registration = (ClientRegistration) r;
                providers.add(new Provider("/oauth2/authorization/" + registration.getRegistrationId(),
                        registration.getClientName()));
            }
        }
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            HttpServletResponse response, Model model) {
        if (locked != null) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        } else if (error != null) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        }
        model.addAttribute("providers", providers);
        return "login";
    }
}
