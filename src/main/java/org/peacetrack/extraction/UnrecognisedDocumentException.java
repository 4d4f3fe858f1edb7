package org.peacetrack.extraction;

/** The text is readable but is none of the document kinds Peacetrack knows. */
public class UnrecognisedDocumentException extends RuntimeException {

    public UnrecognisedDocumentException(String message) {
        super(message);
    }
}
