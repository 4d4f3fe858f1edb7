package org.peacetrack.register;

/** Someone else changed the status update since the form was loaded; nothing of either edit is lost. */
public class ConcurrentEditException extends RuntimeException {

    private final long statusUpdateId;

    public ConcurrentEditException(long statusUpdateId, String changedBy) {
        super("This update was changed by " + changedBy + " while you were editing it. Your text is kept below: "
                + "review their change, then save again.");
        this.statusUpdateId = statusUpdateId;
    }

    public long statusUpdateId() {
        return statusUpdateId;
    }
}
