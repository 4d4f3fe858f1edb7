package org.peacetrack.security;

/** An account as the administrators' page lists it. */
public record AccountView(String username, String displayName, Role role, String entityCode, boolean disabled,
        boolean mustChangePassword) {
}
