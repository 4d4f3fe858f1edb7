package org.peacetrack.security;

/** The minimum every password meets: twelve characters or more, and not the user name. */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new AccountRefusedException("account.refused.short",
                    "A password has at least " + MINIMUM_LENGTH + " characters", MINIMUM_LENGTH);
        }
        if (password.strip().equalsIgnoreCase(username)) {
            throw new AccountRefusedException("account.refused.username", "A password cannot be the user name");
        }
    }
}
