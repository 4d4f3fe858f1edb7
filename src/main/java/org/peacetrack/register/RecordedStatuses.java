package org.peacetrack.register;

/** What recording official statuses created. */
public record RecordedStatuses(String frameworkCode, int itemsCreated, int statusUpdatesCreated,
        int placeholdersCreated, int linksCreated) {
}
