package org.peacetrack.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.peacetrack.security.AccountRefusedException;
import org.peacetrack.security.AccountService;
import org.peacetrack.security.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** A signed-in person changes their own password; an account with a one-time password is sent here first. */
@Controller
class PasswordPage {

    private final AccountService accounts;
    private final CurrentActor current;
    private final MessageSource messages;

    PasswordPage(AccountService accounts, CurrentActor current, MessageSource messages) {
        this.accounts = accounts;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        String username = current.require().username();
        model.addAttribute("forced", accounts.view(username).map(a -> a.mustChangePassword()).orElse(false));
        model.addAttribute("local", accounts.view(username).isPresent());
        return "password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam String repeatPassword, Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        String username = current.require().username();
        if (accounts.view(username).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "This account signs in through the identity provider");
        }
        try {
            if (!newPassword.equals(repeatPassword)) {
                model.addAttribute("error", messages.getMessage("password.mismatch", null, locale));
                return refused(model, response);
            }
            accounts.changePassword(username, currentPassword, newPassword);
        } catch (AccountRefusedException e) {
            model.addAttribute("error", messages.getMessage(e, locale));
            return refused(model, response);
        }
        redirect.addFlashAttribute("notice", messages.getMessage("password.changed", null, locale));
        return "redirect:/account/password";
    }

    private String refused(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        form(model);
        return "password";
    }
}
