package org.peacetrack.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local accounts: created with a hashed password, read as actors; people change their own password,
 * administrators disable, re-enable and reset accounts. A reset password is shown once and must be changed
 * at the next sign-in.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** How many recovery codes a set has. */
    public static final int RECOVERY_CODES = RecoveryCodes.COUNT;

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final RecoveryCodes recoveryCodes;
    private final Clock clock = Clock.systemUTC();

    AccountService(AccountRepository accounts, PasswordEncoder passwords, RecoveryCodes recoveryCodes) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.recoveryCodes = recoveryCodes;
    }

    @Transactional
    public Actor create(NewAccount account) {
        if (accounts.existsByUsername(account.username())) {
            throw new AccountRefusedException("account.refused.taken", "The username " + account.username()
                    + " is taken", account.username());
        }
        return accounts.save(new AccountEntity(account, passwords.encode(account.password()), clock.instant())).actor();
    }

    /** An account whose password was generated: its owner chooses their own at the first sign-in. */
    @Transactional
    Actor createWithOneTimePassword(NewAccount account) {
        Actor actor = create(account);
        account(account.username()).mustChangePassword = true;
        return actor;
    }

    public List<AccountView> list() {
        return accounts.findAllByOrderByUsername().stream().map(AccountEntity::view).toList();
    }

    public Optional<Actor> find(String username) {
        return accounts.findByUsername(username).map(AccountEntity::actor);
    }

    public Optional<AccountView> view(String username) {
        return accounts.findByUsername(username).map(AccountEntity::view);
    }

    public boolean none() {
        return accounts.count() == 0;
    }

    /** The owner's change: the current password proves it is them. */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        AccountEntity account = account(username);
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash)) {
            throw new AccountRefusedException("account.refused.current", "The current password is wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new AccountRefusedException("account.refused.same", "The new password must differ from the current one");
        }
        PasswordPolicy.check(username, newPassword);
        account.passwordHash = passwords.encode(newPassword);
        account.mustChangePassword = false;
    }

    /** A disabled account cannot sign in, by form or by Basic authentication; its history stays. */
    @Transactional
    public void disable(String username, Actor by) {
        if (username.equals(by.username())) {
            throw new AccountRefusedException("account.refused.self", "You cannot disable your own account");
        }
        account(username).disabled = true;
    }

    @Transactional
    public void enable(String username) {
        account(username).disabled = false;
    }

    /** Sets a new random password, returned once to show to the administrator, to be changed at sign-in. */
    @Transactional
    public String resetPassword(String username) {
        AccountEntity account = account(username);
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        String oneTime = HexFormat.of().formatHex(bytes);
        account.passwordHash = passwords.encode(oneTime);
        account.mustChangePassword = true;
        return oneTime;
    }

    public boolean hasTwoFactor(String username) {
        return accounts.findByUsername(username).map(a -> a.totpSecret != null).orElse(false);
    }

    /** A new secret for the owner's authenticator app, with the address the app reads; nothing is stored yet. */
    public TwoFactorEnrolment newTwoFactorSecret(String username) {
        String secret = Totp.newSecret();
        return new TwoFactorEnrolment(secret, Totp.uri(secret, username));
    }

    /**
     * Turns two-factor sign-in on once a code from the app proves it holds the secret; returns the account's
     * recovery codes, to be shown once.
     */
    @Transactional
    public List<String> enableTwoFactor(String username, String secret, String code) {
        if (!Totp.matches(secret, code, clock.instant())) {
            throw new AccountRefusedException("account.refused.code", "The code does not match: check the app's clock and type the current code");
        }
        account(username).totpSecret = secret;
        return recoveryCodes.replace(username);
    }

    /**
     * Turns it off; the current code (or a recovery code, for someone who lost the app) is asked, as the
     * current password is for a new password. The recovery codes go with it.
     */
    @Transactional
    public void disableTwoFactor(String username, String code) {
        AccountEntity account = requireSecondFactor(username, code);
        account.totpSecret = null;
        recoveryCodes.removeAll(username);
    }

    /** A new set of recovery codes in place of the old one, for the app's current code (or a recovery code). */
    @Transactional
    public List<String> newRecoveryCodes(String username, String code) {
        requireSecondFactor(username, code);
        return recoveryCodes.replace(username);
    }

    /** How many of the account's recovery codes are still unused. */
    public long recoveryCodesLeft(String username) {
        return recoveryCodes.left(username);
    }

    private AccountEntity requireSecondFactor(String username, String code) {
        AccountEntity account = account(username);
        if (account.totpSecret == null) {
            throw new AccountRefusedException("account.refused.twoFactorOff", "Two-factor sign-in is off for this account");
        }
        if (!Totp.matches(account.totpSecret, code, clock.instant()) && !recoveryCodes.use(username, code)) {
            throw new AccountRefusedException("account.refused.code", "The code does not match: check the app's clock and type the current code");
        }
        return account;
    }

    private AccountEntity account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new AccountRefusedException(
                "account.refused.unknown", "No account " + username, username));
    }
}
