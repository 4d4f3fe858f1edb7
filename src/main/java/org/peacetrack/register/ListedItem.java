package org.peacetrack.register;

/**
 * An item as a browse list shows it: its summary and what it is about, the opening words of its text or,
 * while its text is not imported yet, of its latest published status ({@code aboutFromStatus}).
 */
public record ListedItem(ItemSummary item, String about, boolean aboutFromStatus) {
}
