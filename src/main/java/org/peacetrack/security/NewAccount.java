package org.peacetrack.security;

/** A local account to create. The password is hashed before it is stored and never kept in clear. */
public record NewAccount(String username, String displayName, Role role, String entityCode, String password) {

    public NewAccount {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new IllegalArgumentException("A username is 2 to 100 letters, digits or . _ @ -");
        }
        PasswordPolicy.check(username, password);
        if (role == Role.FOCAL_POINT && (entityCode == null || entityCode.isBlank())) {
            throw new IllegalArgumentException("A focal point belongs to an entity (e.g. DPO)");
        }
    }
}
