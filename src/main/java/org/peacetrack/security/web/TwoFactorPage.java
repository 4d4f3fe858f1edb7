package org.peacetrack.security.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.peacetrack.security.AccountRefusedException;
import org.peacetrack.security.AccountService;
import org.peacetrack.security.CurrentActor;
import org.peacetrack.security.TwoFactorEnrolment;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person turns two-factor sign-in on (the secret offered is kept in their session until a code
 * from their app proves it was taken) or off (with a current code or a recovery code), and makes a new set of
 * recovery codes. Recovery codes are shown once, on the page the change redirects to, and never again.
 */
@Controller
class TwoFactorPage {

    static final String PENDING = "peacetrack.pendingTotp";

    private final AccountService accounts;
    private final CurrentActor current;
    private final MessageSource messages;

    TwoFactorPage(AccountService accounts, CurrentActor current, MessageSource messages) {
        this.accounts = accounts;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/account/two-factor")
    String show(Model model, HttpSession session) {
        String username = current.require().username();
        boolean local = accounts.view(username).isPresent();
        boolean on = local && accounts.hasTwoFactor(username);
        model.addAttribute("local", local);
        model.addAttribute("on", on);
        if (on) {
            model.addAttribute("recoveryLeft", accounts.recoveryCodesLeft(username));
            model.addAttribute("recoveryCount", AccountService.RECOVERY_CODES);
        }
        if (local && !on) {
            TwoFactorEnrolment offered = accounts.newTwoFactorSecret(username);
            session.setAttribute(PENDING, offered.secret());
            model.addAttribute("offered", offered);
        }
        return "two-factor";
    }

    @PostMapping("/account/two-factor")
    String enable(@RequestParam String code, HttpSession session, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        String username = current.require().username();
        Object secret = session.getAttribute(PENDING);
        List<String> recovery;
        try {
            recovery = accounts.enableTwoFactor(username, secret == null ? null : secret.toString(), code);
        } catch (AccountRefusedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", messages.getMessage(e, locale));
            return show(model, session);
        }
        session.removeAttribute(PENDING);
        redirect.addFlashAttribute("notice", messages.getMessage("twoFactor.enabled", null, locale));
        redirect.addFlashAttribute("recoveryCodes", recovery);
        return "redirect:/account/two-factor";
    }

    @PostMapping("/account/two-factor/recovery-codes")
    String newRecoveryCodes(@RequestParam String code, RedirectAttributes redirect, Locale locale) {
        try {
            redirect.addFlashAttribute("recoveryCodes", accounts.newRecoveryCodes(current.require().username(), code));
            redirect.addFlashAttribute("notice", messages.getMessage("twoFactor.recovery.made", null, locale));
        } catch (AccountRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, locale));
        }
        return "redirect:/account/two-factor";
    }

    @PostMapping("/account/two-factor/off")
    String disable(@RequestParam String code, RedirectAttributes redirect, Locale locale) {
        try {
            accounts.disableTwoFactor(current.require().username(), code);
            redirect.addFlashAttribute("notice", messages.getMessage("twoFactor.disabled", null, locale));
        } catch (AccountRefusedException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e, locale));
        }
        return "redirect:/account/two-factor";
    }
}
