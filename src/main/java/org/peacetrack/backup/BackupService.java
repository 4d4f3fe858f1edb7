package org.peacetrack.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The backup facade: writes the whole database of a data source into one archive, and restores an archive into
 * an empty database at the same schema version (ADR 0053). It needs only the data source: the command line runs
 * it without the rest of the application, so that nothing is created in a database before it is restored.
 */
public final class BackupService {

    /** Where the migrations live, as Spring Boot's Flyway finds them by default. */
    public static final String MIGRATIONS = "classpath:db/migration";

    private final DataSource dataSource;
    private final String[] migrations;

    private BackupService(DataSource dataSource, String... migrations) {
        this.dataSource = dataSource;
        this.migrations = migrations;
    }

    public static BackupService of(DataSource dataSource) {
        return new BackupService(dataSource, MIGRATIONS);
    }

    /** The Peacetrack version recorded in an archive: the jar's, or "development" when run from the sources. */
    public static String peacetrackVersion() {
        String version = BackupService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /**
     * Writes the archive to {@code file} (refused if it exists), from one consistent read of the database: first
     * to a temporary file beside it, moved into place when complete, so that a failed backup leaves no half archive.
     */
    public BackupSummary backup(Path file, Consumer<String> progress) {
        if (Files.exists(file)) {
            throw new BackupRefusedException(file + " exists already: remove it or choose another name");
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Manifest manifest;
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                manifest = backup(out, progress);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            long rows = manifest.tables().stream().mapToLong(Manifest.TableEntry::rows).sum();
            return new BackupSummary(file, manifest.schemaVersion(), manifest.tables().size(), rows,
                    manifest.files().size(), Files.size(file));
        } catch (FileAlreadyExistsException e) {
            throw new BackupRefusedException(partial + " exists: another backup is being written there, or one failed;"
                    + " remove it first");
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("The backup could not be written to " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private Manifest backup(OutputStream out, Consumer<String> progress) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                DatabaseSchema schema = DatabaseSchema.read(c);
                progress.accept("Backing up " + schema.tables().size() + " tables at schema version " + schema.version());
                return new ArchiveWriter(c, schema, progress).write(out, peacetrackVersion());
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Restores the archive into this data source's database, which must be empty (nothing but what its migrations
     * insert) and at the archive's schema version. Everything is checked before anything is written; the rows are
     * written in one transaction. The search index is not restored: rebuild it afterwards.
     */
    public RestoreSummary restore(Path archive, Consumer<String> progress) {
        try (ArchiveReader reader = ArchiveReader.open(archive)) {
            Manifest m = reader.manifest();
            progress.accept("Archive made by Peacetrack " + m.peacetrackVersion() + " at " + m.createdAt()
                    + ", schema version " + m.schemaVersion());
            Map<String, List<String>> migrationRows = MigrationBaseline.rows(migrations);
            try (Connection c = dataSource.getConnection()) {
                long rows = new Restorer(c, reader, progress).restore(migrationRows);
                return new RestoreSummary(m.schemaVersion(), m.peacetrackVersion(), m.createdAt(), m.tables().size(), rows,
                        m.files().size());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The restore failed in the database and was rolled back: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupRefusedException("The archive could not be read (" + e.getMessage() + "); nothing was restored", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the error that made the backup fail is the one to report
        }
    }
}
