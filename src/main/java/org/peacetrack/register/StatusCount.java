package org.peacetrack.register;

/** How many items are in one current status; {@code status} is null for items with no status yet. */
public record StatusCount(Status status, long count) {
}
