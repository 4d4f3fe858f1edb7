package org.peacetrack.documents;

/** An imported file as it was uploaded, with the name it was first imported under. */
public record OriginalFile(long documentId, String fileName, String fileHash, byte[] content) {
}
