package org.peacetrack.documents;

/** The file cannot be read as a document: wrong format, damaged, encrypted, too large or hostile. */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
