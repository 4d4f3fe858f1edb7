package org.peacetrack.register;

/** A row of a framework's list as read: the summary's columns and the opening of the item's text. */
record ListedRow(long id, String frameworkCode, Integer sessionYear, int number, String title, String theme,
        Status currentStatus, String opening) {

    ItemSummary summary() {
        return new ItemSummary(id, frameworkCode, sessionYear, number, title, theme, currentStatus);
    }
}
