package org.peacetrack.security.web;

import java.util.Locale;
import org.peacetrack.security.AccountRefusedException;
import org.peacetrack.security.AccountService;
import org.peacetrack.security.CurrentActor;
import org.peacetrack.security.NewAccount;
import org.peacetrack.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create, disable, re-enable and reset local accounts; the URL rules keep everyone else out. */
@Controller
class AccountPages {

    private final AccountService accounts;
    private final CurrentActor current;
    private final MessageSource messages;

    AccountPages(AccountService accounts, CurrentActor current, MessageSource messages) {
        this.accounts = accounts;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", Role.values());
        return "accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
            @RequestParam(required = false) String entityCode, @RequestParam String password, Model model,
            Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        try {
            String entity = entityCode == null || entityCode.isBlank() ? null : entityCode.strip();
            accounts.create(new NewAccount(username.strip(), displayName.strip(), role, entity, password));
            return "redirect:/admin/accounts";
        } catch (IllegalArgumentException e) {
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", e instanceof AccountRefusedException r ? messages.getMessage(r, locale)
                    : e.getMessage());
            return list(model);
        }
    }

    @PostMapping("/admin/accounts/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect, Locale locale) {
        try {
            accounts.disable(username, current.require());
            redirect.addFlashAttribute("notice", messages.getMessage("accounts.disabled", new Object[] {username}, locale));
        } catch (AccountRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, locale));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect, Locale locale) {
        accounts.enable(username);
        redirect.addFlashAttribute("notice", messages.getMessage("accounts.enabled", new Object[] {username}, locale));
        return "redirect:/admin/accounts";
    }

    /** The one-time password is shown once, on the page after the reset, and stored only hashed. */
    @PostMapping("/admin/accounts/{username}/reset")
    String reset(@PathVariable String username, RedirectAttributes redirect) {
        redirect.addFlashAttribute("resetFor", username);
        redirect.addFlashAttribute("oneTimePassword", accounts.resetPassword(username));
        return "redirect:/admin/accounts";
    }
}
