package org.peacetrack.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in local account: Spring Security's user plus the actor it stands for. */
class AccountUser extends User {

    private final Actor actor;

    AccountUser(AccountEntity account) {
        super(account.username, account.passwordHash, !account.disabled, true, true, true, List.of(new SimpleGrantedAuthority("ROLE_" + account.role.name())));
        this.actor = account.actor();
    }

    Actor actor() {
        return actor;
    }
}
