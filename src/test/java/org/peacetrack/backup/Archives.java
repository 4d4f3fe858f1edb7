package org.peacetrack.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;

/** Reads an archive's entries and writes doctored copies of it, for the tests of hostile archives. */
final class Archives {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Archives() {
    }

    static Map<String, byte[]> entries(Path archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static Path write(Path file, Map<String, byte[]> entries) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> manifest(Map<String, byte[]> entries) {
        return JSON.readValue(entries.get("manifest.json"), Map.class);
    }

    static void manifest(Map<String, byte[]> entries, Map<String, Object> manifest) {
        entries.put("manifest.json", JSON.writeValueAsBytes(manifest));
    }

    /** Replaces a table's rows and makes the manifest agree (rows, size, SHA-256): only the rows themselves are wrong. */
    @SuppressWarnings("unchecked")
    static void replaceRows(Map<String, byte[]> entries, String table, byte[] rows, long count) {
        entries.put("tables/" + table + ".jsonl", rows);
        Map<String, Object> manifest = manifest(entries);
        for (Map<String, Object> t : (List<Map<String, Object>>) manifest.get("tables")) {
            if (t.get("name").equals(table)) {
                t.put("rows", count);
                t.put("bytes", rows.length);
                t.put("sha256", Sha256.hex(rows));
            }
        }
        manifest(entries, manifest);
    }

    static byte[] firstHalf(Path archive) {
        try {
            byte[] all = Files.readAllBytes(archive);
            ByteArrayOutputStream half = new ByteArrayOutputStream();
            half.write(all, 0, all.length / 2);
            return half.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
