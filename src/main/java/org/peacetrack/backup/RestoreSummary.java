package org.peacetrack.backup;

/** What a restore wrote, and which Peacetrack made the archive when. */
public record RestoreSummary(String schemaVersion, String madeBy, String madeAt, int tables, long rows, int files) {
}
