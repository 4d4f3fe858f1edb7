package org.peacetrack.backup;

/** A backup or restore refused before it changed anything, with the reason in one sentence for the person. */
public class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String message) {
        super(message);
    }

    public BackupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
