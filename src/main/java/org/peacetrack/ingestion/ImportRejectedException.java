package org.peacetrack.ingestion;

/** A file was refused before anything was stored; the message says why, in words a user can act on. */
public class ImportRejectedException extends RuntimeException {

    private final String fileName;

    public ImportRejectedException(String fileName, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public String reason() {
        return getCause() != null && getCause().getMessage() != null ? getCause().getMessage() : getMessage();
    }
}
