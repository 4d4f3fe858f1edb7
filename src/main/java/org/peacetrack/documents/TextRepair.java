package org.peacetrack.documents;

/**
 * A change a reader made to the characters of the source, with the original kept: {@code original} as the
 * file sets it ("peace-" and "keeping" on two lines, written with a line break), {@code repaired} as the
 * reader gives it, {@code proof} the layout's evidence for the change.
 */
public record TextRepair(String original, String repaired, String proof) {
}
