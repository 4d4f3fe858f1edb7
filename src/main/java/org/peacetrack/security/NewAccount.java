package org.peacetrack.security;

/** A local account to create. The password is hashed before it is stored and never kept in clear. */
public record NewAccount(String username, String displayName, Role role, String entityCode, String password) {

    /** The lengths of the account table's columns. */
    static final int MAX_DISPLAY_NAME = 200;
    static final int MAX_ENTITY_CODE = 32;

    public NewAccount {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("A username is 2 to 100 letters, digits or . _ @ -");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME) {
            throw new AccountRefusedException("account.refused.displayName", "A display name has 1 to "
                    + MAX_DISPLAY_NAME + " characters", MAX_DISPLAY_NAME);
        }
        if (entityCode != null && entityCode.length() > MAX_ENTITY_CODE) {
            throw new AccountRefusedException("account.refused.entityCode", "An entity code has at most "
                    + MAX_ENTITY_CODE + " characters", MAX_ENTITY_CODE);
        }
        PasswordPolicy.check(username, password);
        if (role == Role.FOCAL_POINT && (entityCode == null || entityCode.isBlank())) {
            throw new IllegalArgumentException("A focal point belongs to an entity (e.g. DPO)");
        }
    }
}
