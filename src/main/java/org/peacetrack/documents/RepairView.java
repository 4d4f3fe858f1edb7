package org.peacetrack.documents;

/**
 * A stored repair of the source's characters: {@code original} as the file sets it, {@code repaired} as the
 * paragraph reads, {@code proof} the layout's evidence. {@code paragraphId} is the paragraph it lies in; null
 * where it lies in no stored paragraph (a heading, a footnote) or counts over the whole document (a ligature).
 */
public record RepairView(Long paragraphId, String original, String repaired, String proof) {
}
