package org.peacetrack.indicators;

/** How many values a write created, updated (a different value) and left unchanged (the same value). */
public record ValuesWritten(int created, int updated, int unchanged) {
}
