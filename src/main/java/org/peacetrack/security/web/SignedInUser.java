package org.peacetrack.security.web;

import jakarta.servlet.http.HttpServletRequest;
import org.peacetrack.security.Actor;
import org.peacetrack.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in person (or null) into every page's model, for the header. On an error dispatch the
 * security context may be gone; the request still carries the actor its first dispatch signed in as.
 */
@ControllerAdvice(annotations = Controller.class)
class SignedInUser {

    private final CurrentActor current;

    SignedInUser(CurrentActor current) {
        this.current = current;
    }

    @ModelAttribute("me")
    Actor me(HttpServletRequest request) {
        return current.get().orElseGet(() -> request.getAttribute("me") instanceof Actor a ? a : null);
    }
}
