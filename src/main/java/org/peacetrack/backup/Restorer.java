package org.peacetrack.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import tools.jackson.core.JacksonException;

/**
 * Restores a checked archive into an empty database at the archive's schema version: every check first, then
 * every row in one transaction (tables in the order of their foreign keys), then each identity counter set after
 * the highest id restored, so that new rows continue from there.
 */
final class Restorer {

    private static final int BATCH = 200;

    private final Connection connection;
    private final ArchiveReader archive;
    private final Consumer<String> progress;

    Restorer(Connection connection, ArchiveReader archive, Consumer<String> progress) {
        this.connection = connection;
        this.archive = archive;
        this.progress = progress;
    }

    long restore(Map<String, List<String>> migrationRows) throws SQLException, IOException {
        DatabaseSchema schema = DatabaseSchema.read(connection);
        sameVersion(schema.version(), archive.manifest().schemaVersion());
        Map<String, Table> tables = sameTables(schema);
        empty(schema, migrationRows);
        archive.verify(progress);
        long rows = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (String table : migrationRows.keySet()) {
                try (Statement delete = connection.createStatement()) {
                    delete.executeUpdate("delete from " + tables.get(table).quoted());
                }
            }
            for (Table table : schema.tables()) {
                Manifest.TableEntry entry = archive.tables().stream().filter(t -> t.name().equals(table.name()))
                        .findFirst().orElseThrow();
                rows += insert(table, entry);
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        for (Table table : schema.tables()) {
            continueIdentities(table);
        }
        return rows;
    }

    private void sameVersion(String database, String archived) {
        if (database.equals(archived)) {
            return;
        }
        int order;
        try {
            order = MigrationVersion.fromVersion(archived).compareTo(MigrationVersion.fromVersion(database));
        } catch (FlywayException e) {
            throw new BackupRefusedException("The archive's schema version '" + archived + "' is not a Flyway version:"
                    + " it is not a Peacetrack backup");
        }
        throw new BackupRefusedException(order > 0
                ? "The archive was made at schema version " + archived + ", newer than this Peacetrack's " + database
                        + ": restore it with the Peacetrack version that made it (" + archive.manifest().peacetrackVersion() + ") or a newer one"
                : "The archive was made at schema version " + archived + ", older than this Peacetrack's " + database
                        + ": restore it with the Peacetrack version that made it (" + archive.manifest().peacetrackVersion()
                        + "), then start this version on that database, which migrates it");
    }

    /** The archive holds the same tables with the same columns (names and kinds) as the database. */
    private Map<String, Table> sameTables(DatabaseSchema schema) {
        Map<String, Table> byName = new HashMap<>();
        schema.tables().forEach(t -> byName.put(t.name(), t));
        Map<String, Manifest.TableEntry> archived = new HashMap<>();
        for (Manifest.TableEntry t : archive.tables()) {
            if (archived.put(t.name(), t) != null) {
                throw new BackupRefusedException("The archive is damaged or was altered: it lists table " + t.name() + " twice");
            }
        }
        if (!archived.keySet().equals(byName.keySet())) {
            throw new BackupRefusedException("The archive's tables differ from this database's at the same schema version"
                    + " (only in the archive: " + missing(archived.keySet(), byName.keySet()) + "; only in the database: "
                    + missing(byName.keySet(), archived.keySet()) + ")");
        }
        for (Table table : schema.tables()) {
            Map<String, ColumnKind> columns = table.columns().stream()
                    .collect(Collectors.toMap(Table.Column::name, Table.Column::kind));
            Map<String, ColumnKind> inArchive = archived.get(table.name()).columns() == null ? Map.of()
                    : archived.get(table.name()).columns().stream()
                            .filter(c -> c.name() != null && c.kind() != null)
                            .collect(Collectors.toMap(Manifest.ColumnEntry::name, Manifest.ColumnEntry::kind, (a, b) -> a));
            if (!columns.equals(inArchive) || archived.get(table.name()).columns().size() != columns.size()) {
                throw new BackupRefusedException("The archive's columns of table " + table.name() + " differ from this"
                        + " database's: " + inArchive + " against " + columns);
            }
        }
        return byName;
    }

    private static String missing(java.util.Set<String> in, java.util.Set<String> notIn) {
        List<String> only = in.stream().filter(n -> !notIn.contains(n)).sorted().toList();
        return only.isEmpty() ? "none" : String.join(", ", only);
    }

    /** Nothing in the database but what its migrations put there. */
    private void empty(DatabaseSchema schema, Map<String, List<String>> migrationRows) throws SQLException {
        for (Table table : schema.tables()) {
            long count = Rows.count(connection, table);
            if (count == 0) {
                continue;
            }
            List<String> expected = migrationRows.getOrDefault(table.name(), Collections.emptyList());
            if (count != expected.size() || !Rows.of(connection, table).equals(expected)) {
                throw new BackupRefusedException("The database is not empty (table " + table.name() + " has " + count
                        + (count == 1 ? " row" : " rows") + "): a restore goes only into an empty database, so that it"
                        + " overwrites nothing. Create a new database, point Peacetrack at it and restore before the"
                        + " server's first start (which creates the administrator account)");
            }
        }
    }

    private long insert(Table table, Manifest.TableEntry entry) throws SQLException, IOException {
        List<Manifest.ColumnEntry> columns = entry.columns();
        Map<String, ColumnKind> kinds = new HashMap<>();
        table.columns().forEach(c -> kinds.put(c.name(), c.kind()));
        String sql = "insert into " + table.quoted() + " (" + columns.stream().map(c -> table.column(c.name()).quoted())
                .collect(Collectors.joining(", ")) + ") values (" + columns.stream().map(c -> "?")
                .collect(Collectors.joining(", ")) + ")";
        int batchSize = table.hasBinary() ? 1 : BATCH;
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql);
                BufferedReader lines = new BufferedReader(new InputStreamReader(
                        archive.entry(entry.entry(), entry.bytes()), StandardCharsets.UTF_8))) {
            int pending = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                rows++;
                String where = table.name() + " row " + rows;
                List<?> values = values(line, columns.size(), where);
                for (int i = 0; i < columns.size(); i++) {
                    ColumnKind kind = kinds.get(columns.get(i).name());
                    if (kind == ColumnKind.BINARY) {
                        Object sha = values.get(i);
                        insert.setBytes(i + 1, sha == null ? null : archive.file(sha.toString(), where));
                    } else {
                        kind.bind(insert, i + 1, values.get(i), where);
                    }
                }
                insert.addBatch();
                if (++pending == batchSize) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        if (rows != entry.rows()) {
            throw new BackupRefusedException("The archive is damaged or was altered: table " + table.name() + " has "
                    + rows + " rows where its manifest says " + entry.rows());
        }
        progress.accept(String.format("%-28s %9d rows", table.name(), rows));
        return rows;
    }

    private static List<?> values(String line, int columns, String where) {
        List<?> values;
        try {
            values = ArchiveWriter.JSON.readValue(line, List.class);
        } catch (JacksonException e) {
            throw new BackupRefusedException("The archive is damaged or was altered: " + where + " is not a JSON array");
        }
        if (values == null || values.size() != columns) {
            throw new BackupRefusedException("The archive is damaged or was altered: " + where + " has "
                    + (values == null ? 0 : values.size()) + " values for " + columns + " columns");
        }
        return values;
    }

    /** Sets each identity column to go on after the highest value restored (H2 and PostgreSQL share the statement). */
    private void continueIdentities(Table table) throws SQLException {
        for (String identity : table.identities()) {
            String column = table.column(identity).quoted();
            long next;
            try (Statement q = connection.createStatement();
                    ResultSet rs = q.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table.quoted())) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement alter = connection.createStatement()) {
                alter.execute("alter table " + table.quoted() + " alter column " + column + " restart with " + next);
            }
        }
    }
}
