package org.peacetrack.security;

/** The person acting: who they are, their role and, for focal points, the entity they answer for. */
public record Actor(String username, String displayName, Role role, String entityCode) {

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
