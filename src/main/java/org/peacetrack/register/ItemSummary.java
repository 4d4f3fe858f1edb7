package org.peacetrack.register;

/** An item as lists show it. {@code currentStatus} is its latest published status, null if none yet. */
public record ItemSummary(long id, String frameworkCode, Integer sessionYear, int number, String title, String theme,
        Status currentStatus) {
}
