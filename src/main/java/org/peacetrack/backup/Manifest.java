package org.peacetrack.backup;

import java.util.List;

/**
 * manifest.json, the archive's table of contents: what made it, at which schema version, and every entry with its
 * size and SHA-256, so that a restore can check the whole archive before it writes a row.
 */
record Manifest(String format, int formatVersion, String peacetrackVersion, String schemaVersion, String createdAt,
        String sourceDatabase, List<TableEntry> tables, List<FileEntry> files) {

    static final String FORMAT = "peacetrack-backup";
    static final int FORMAT_VERSION = 1;
    static final String ENTRY = "manifest.json";

    /** One table's rows: a JSON array per line, the values in the order of its columns. */
    record TableEntry(String name, String entry, long rows, long bytes, String sha256, List<ColumnEntry> columns) {
    }

    record ColumnEntry(String name, ColumnKind kind) {
    }

    /** A binary value (an original file), stored once under the SHA-256 of its bytes. */
    record FileEntry(String entry, long bytes, String sha256) {
    }
}
