package org.peacetrack.security.web;

import java.util.Locale;
import org.peacetrack.security.AccountRefusedException;
import org.peacetrack.security.AccountService;
import org.peacetrack.security.ApiTokenService;
import org.peacetrack.security.CurrentActor;
import org.peacetrack.security.IssuedToken;
import org.peacetrack.security.TokenScope;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/** A signed-in person's API tokens: made here (shown once), listed, revoked. */
@Controller
class TokenPages {

    private final ApiTokenService tokens;
    private final AccountService accounts;
    private final CurrentActor current;
    private final MessageSource messages;

    TokenPages(ApiTokenService tokens, AccountService accounts, CurrentActor current, MessageSource messages) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        String username = current.require().username();
        model.addAttribute("local", accounts.view(username).isPresent());
        model.addAttribute("tokens", tokens.list(username));
        model.addAttribute("scopes", TokenScope.values());
        return "account-tokens";
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam String name, @RequestParam TokenScope scope, RedirectAttributes redirect, Locale locale) {
        String username = local();
        try {
            IssuedToken issued = tokens.create(username, name, scope);
            redirect.addFlashAttribute("issued", issued);
        } catch (AccountRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, locale));
        }
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            String name = tokens.revoke(local(), id).name();
            redirect.addFlashAttribute("notice", messages.getMessage("tokens.revoked", new Object[] {name}, locale));
        } catch (AccountRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, locale));
        }
        return "redirect:/account/tokens";
    }

    private String local() {
        String username = current.require().username();
        if (accounts.view(username).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "This account signs in through the identity provider");
        }
        return username;
    }
}
