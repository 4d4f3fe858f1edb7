package org.peacetrack.security;

/**
 * The person acting: who they are, their role and, for focal points, the entity they answer for. Serializable
 * because the signed-in principal (AccountUser) carries it into the session, which is written to the database
 * when several nodes share sessions (ADR 0055).
 */
public record Actor(String username, String displayName, Role role, String entityCode)
        implements java.io.Serializable {

    public boolean hasRole(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }

    public boolean answersFor(String entity) {
        return role == Role.ADMIN || (role == Role.FOCAL_POINT && entity != null && entity.equals(entityCode));
    }
}
