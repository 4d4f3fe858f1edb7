package org.peacetrack.register;

/** A framework and how many items it holds. */
public record FrameworkSummary(long id, String code, String title, Integer sessionYear, long itemCount) {
}
