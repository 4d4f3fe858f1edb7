package org.peacetrack.register;

/**
 * A recommendation still open in its latest session, with the session its chain began in and how many
 * sessions that chain spans up to this one.
 */
public record OpenRecommendation(ItemSummary item, int firstSession, int sessions) {
}
