package org.peacetrack.backup;

import java.nio.file.Path;

/** What a backup wrote: the archive, the schema version it was made at, and what it holds. */
public record BackupSummary(Path archive, String schemaVersion, int tables, long rows, int files, long bytes) {
}
