package org.peacetrack.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts: created with a hashed password, read as actors. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock = Clock.systemUTC();

    AccountService(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Transactional
    public Actor create(NewAccount account) {
        if (accounts.existsByUsername(account.username())) {
            throw new IllegalArgumentException("The username " + account.username() + " is taken");
        }
        return accounts.save(new AccountEntity(account, passwords.encode(account.password()), clock.instant())).actor();
    }

    public List<Actor> list() {
        return accounts.findAllByOrderByUsername().stream().map(AccountEntity::actor).toList();
    }

    public Optional<Actor> find(String username) {
        return accounts.findByUsername(username).map(AccountEntity::actor);
    }

    public boolean none() {
        return accounts.count() == 0;
    }
}
