package org.peacetrack.ingestion;

/** A file was refused before anything was stored; the message names the file and says why. */
public class ImportRejectedException extends RuntimeException {

    private final String fileName;

    public ImportRejectedException(String fileName, String reason, Throwable cause) {
        super(reason.startsWith(fileName) ? reason : fileName + ": " + reason, cause);
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
