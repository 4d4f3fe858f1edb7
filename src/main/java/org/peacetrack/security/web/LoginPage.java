package org.peacetrack.security.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; after a refused sign-in it says so with an error status, not 200. */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            HttpServletResponse response) {
        if (locked != null) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        } else if (error != null) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
        }
        return "login";
    }
}
