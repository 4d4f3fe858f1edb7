package org.peacetrack.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in by password, for the form and for Basic authentication alike: refused outright while the
 * account or the address is throttled, and every wrong password counted.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AccountRepository accounts;
    private final RecoveryCodes recoveryCodes;

    ThrottledAuthentication(AuthenticationProvider passwords, SignInThrottle throttle, AccountRepository accounts,
            RecoveryCodes recoveryCodes) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "local";
        var wait = throttle.refusedFor(username, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            requireSecondFactor(username, attempt.getDetails());
            throttle.succeeded(username);
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    /**
     * An account with two-factor sign-in needs the current code, or one of its unused recovery codes (used up
     * by this sign-in), which only the form carries: such an account uses API tokens, not Basic
     * authentication, for scripts. The password is checked first, so a recovery code is never spent on a
     * wrong password.
     */
    private void requireSecondFactor(String username, Object details) {
        String secret = accounts.findByUsername(username).map(a -> a.totpSecret).orElse(null);
        String code = details instanceof SignInDetails form ? form.code() : null;
        if (secret != null && !Totp.matches(secret, code, java.time.Instant.now())
                && !recoveryCodes.use(username, code)) {
            throw new BadCredentialsException("The two-factor code is missing or wrong");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
