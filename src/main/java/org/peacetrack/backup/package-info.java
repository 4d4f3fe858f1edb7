/**
 * Backup and restore (issue 14): the whole database in one zip archive, every application table's rows in a
 * database-neutral form (JSON lines, typed by a manifest that also holds the Peacetrack and schema versions,
 * the row counts and a SHA-256 of every entry) and the original files, each stored once under its SHA-256.
 * A restore goes only into an empty database at the same schema version, checks the whole archive before it
 * writes anything, writes in one transaction and sets identity counters after the restored ids, on H2 and
 * PostgreSQL alike. Plain JDBC over the database's own catalogue, so it follows every table the migrations
 * make without knowing the other capabilities (ADR 0053). The search index is not in the archive: it is
 * rebuilt from the restored rows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup", allowedDependencies = {})
package org.peacetrack.backup;
