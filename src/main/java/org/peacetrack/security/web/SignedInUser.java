package org.peacetrack.security.web;

import org.peacetrack.security.Actor;
import org.peacetrack.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person (or null) into every page's model, for the header. */
@ControllerAdvice(annotations = Controller.class)
class SignedInUser {

    private final CurrentActor current;

    SignedInUser(CurrentActor current) {
        this.current = current;
    }

    @ModelAttribute("me")
    Actor me() {
        return current.get().orElse(null);
    }
}
