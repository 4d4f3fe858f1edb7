package org.peacetrack.register;

/** A recommendation of an earlier session, by its number and session year. */
public record EarlierRecommendation(int number, int year) {
}
