package org.peacetrack.documents;

/**
 * A change a reader made to the characters of the source, with the original kept: {@code original} as the
 * file sets it ("peace-" and "keeping" on two lines, written with a line break), {@code repaired} as the
 * reader gives it, {@code proof} the layout's evidence for the change. {@code context} is the repaired span
 * with the words around it as read, by which the paragraph it lies in is found again; null for a repair
 * counted over the whole document (a ligature glyph).
 */
public record TextRepair(String original, String repaired, String proof, String context) {

    public TextRepair(String original, String repaired, String proof) {
        this(original, repaired, proof, null);
    }
}
