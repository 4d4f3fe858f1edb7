package org.peacetrack.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one archive from one consistent read of the database: each table's rows to a temporary file (then
 * copied in as its entry, with its checksum), binary values straight in as entries named by their SHA-256,
 * and the manifest last.
 */
final class ArchiveWriter {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FETCH = 500;

    private final Connection connection;
    private final DatabaseSchema schema;
    private final Consumer<String> progress;
    private final List<Manifest.TableEntry> tables = new ArrayList<>();
    private final List<Manifest.FileEntry> files = new ArrayList<>();
    private final Set<String> filesWritten = new HashSet<>();

    ArchiveWriter(Connection connection, DatabaseSchema schema, Consumer<String> progress) {
        this.connection = connection;
        this.schema = schema;
        this.progress = progress;
    }

    Manifest write(OutputStream out, String peacetrackVersion) throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Table table : schema.tables()) {
            Path rows = Files.createTempFile("peacetrack-backup-", ".jsonl");
            try {
                tables.add(writeTable(zip, table, rows));
            } finally {
                Files.deleteIfExists(rows);
            }
        }
        String database = connection.getMetaData().getDatabaseProductName() + " "
                + connection.getMetaData().getDatabaseProductVersion();
        Manifest manifest = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION, peacetrackVersion, schema.version(),
                Instant.now().toString(), database, tables, files);
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        return manifest;
    }

    private Manifest.TableEntry writeTable(ZipOutputStream zip, Table table, Path rowsFile) throws IOException, SQLException {
        MessageDigest digest = Sha256.digest();
        long rows = 0;
        try (Statement q = connection.createStatement()) {
            q.setFetchSize(FETCH);
            try (ResultSet rs = q.executeQuery("select " + table.columnList() + " from " + table.quoted() + table.orderBy());
                    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                            new DigestOutputStream(Files.newOutputStream(rowsFile), digest), StandardCharsets.UTF_8))) {
                while (rs.next()) {
                    w.write(JSON.writeValueAsString(row(zip, table, rs)));
                    w.write('\n');
                    rows++;
                }
            }
        }
        String entry = "tables/" + table.name() + ".jsonl";
        zip.putNextEntry(new ZipEntry(entry));
        try (InputStream in = Files.newInputStream(rowsFile)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
        progress.accept(String.format("%-28s %9d rows", table.name(), rows));
        return new Manifest.TableEntry(table.name(), entry, rows, Files.size(rowsFile), Sha256.hex(digest),
                table.columns().stream().map(c -> new Manifest.ColumnEntry(c.name(), c.kind())).toList());
    }

    private List<Object> row(ZipOutputStream zip, Table table, ResultSet rs) throws SQLException, IOException {
        List<Object> values = new ArrayList<>(table.columns().size());
        for (int i = 0; i < table.columns().size(); i++) {
            ColumnKind kind = table.columns().get(i).kind();
            values.add(kind == ColumnKind.BINARY ? file(zip, rs.getBytes(i + 1)) : kind.read(rs, i + 1));
        }
        return values;
    }

    /**
     * Writes the bytes once as files/SHA-256 and returns the hash that names them: no entry is open while rows
     * are read, since they go to a temporary file first.
     */
    private String file(ZipOutputStream zip, byte[] bytes) throws IOException {
        if (bytes == null) {
            return null;
        }
        String sha = Sha256.hex(bytes);
        if (filesWritten.add(sha)) {
            String entry = "files/" + sha;
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes);
            zip.closeEntry();
            files.add(new Manifest.FileEntry(entry, bytes.length, sha));
        }
        return sha;
    }
}
