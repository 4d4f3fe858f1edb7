package org.peacetrack.indicators;

import java.time.Instant;

/**
 * A data import as any node sees it: the staged file, then its phase and count while it runs, then its report
 * or the reason it failed or was interrupted (the server running it stopped). {@code heartbeatAt}: when the
 * server running it last said it was alive; {@code storedImport}: an interrupted job whose values had been
 * committed before its server stopped (its data_import), else null.
 */
public record ImportJob(long id, String token, String mapping, String fileName, String owner, State state,
        ImportProgress.Phase phase, int done, int total, DataImportReport report, String failure, Instant createdAt,
        Instant heartbeatAt, Long storedImport) {

    /** Where a job stands; only RUNNING ones move. */
    public enum State {
        STAGED, RUNNING, DONE, FAILED, INTERRUPTED
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED || state == State.INTERRUPTED;
    }

    /** Reading is the first half of the bar, writing the second. */
    public int percent() {
        if (finished()) {
            return 100;
        }
        int half = total == 0 ? 0 : (int) (50L * done / total);
        return phase == ImportProgress.Phase.WRITING ? 50 + half : half;
    }

    // Bean-style accessors for the templates.
    public long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportProgress.Phase getPhase() {
        return phase;
    }

    public int getDone() {
        return done;
    }

    public int getTotal() {
        return total;
    }

    public DataImportReport getReport() {
        return report;
    }

    public String getFailure() {
        return failure;
    }

    public boolean isFinished() {
        return finished();
    }

    public int getPercent() {
        return percent();
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    /** When the server running it last said it was alive, in UTC, to the second. */
    public String getLastSignOfLife() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(heartbeatAt.atZone(java.time.ZoneOffset.UTC));
    }

    public Long getStoredImport() {
        return storedImport;
    }

    public State getState() {
        return state;
    }
}
