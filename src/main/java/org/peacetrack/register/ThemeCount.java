package org.peacetrack.register;

/** How many items of a framework sit in one theme. */
public record ThemeCount(String theme, long count) {
}
