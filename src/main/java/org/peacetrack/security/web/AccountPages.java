package org.peacetrack.security.web;

import org.peacetrack.security.AccountService;
import org.peacetrack.security.NewAccount;
import org.peacetrack.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators create local accounts; the URL rules keep everyone else out. */
@Controller
class AccountPages {

    private final AccountService accounts;

    AccountPages(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", Role.values());
        return "accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
            @RequestParam(required = false) String entityCode, @RequestParam String password, Model model) {
        try {
            String entity = entityCode == null || entityCode.isBlank() ? null : entityCode.strip();
            accounts.create(new NewAccount(username.strip(), displayName.strip(), role, entity, password));
            return "redirect:/admin/accounts";
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            return list(model);
        }
    }
}
