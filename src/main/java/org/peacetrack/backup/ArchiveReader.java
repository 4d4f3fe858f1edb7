package org.peacetrack.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;

/**
 * Opens an archive and checks it whole before a restore writes anything: a zip with a Peacetrack manifest of a
 * format this version reads, every listed entry present at its stated size and SHA-256, and nothing else.
 * Entries are read no further than their stated size, whatever the zip's directory claims.
 */
final class ArchiveReader implements AutoCloseable {

    private static final long MAX_MANIFEST = 16L << 20;
    private static final Pattern TABLE_ENTRY = Pattern.compile("tables/[a-z0-9_]{1,128}\\.jsonl");
    private static final Pattern FILE_ENTRY = Pattern.compile("files/[0-9a-f]{64}");

    private final ZipFile zip;
    private final Manifest manifest;
    private final Map<String, Manifest.FileEntry> filesBySha = new HashMap<>();

    private ArchiveReader(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
        manifest.files().forEach(f -> filesBySha.put(f.sha256(), f));
    }

    static ArchiveReader open(Path file) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new BackupRefusedException(file + " is not a readable zip archive (truncated or not a backup): "
                    + e.getMessage());
        } catch (IOException e) {
            throw new BackupRefusedException("Cannot read " + file + ": " + e.getMessage());
        }
        try {
            return new ArchiveReader(zip, manifest(zip, file));
        } catch (RuntimeException e) {
            close(zip);
            throw e;
        }
    }

    Manifest manifest() {
        return manifest;
    }

    private static Manifest manifest(ZipFile zip, Path file) {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new BackupRefusedException(file + " is not a Peacetrack backup: it has no " + Manifest.ENTRY);
        }
        Manifest m;
        try (InputStream in = bounded(zip, entry, MAX_MANIFEST)) {
            m = ArchiveWriter.JSON.readValue(in.readAllBytes(), Manifest.class);
        } catch (JacksonException e) {
            throw new BackupRefusedException(file + " is not a Peacetrack backup: its " + Manifest.ENTRY
                    + " is not a Peacetrack manifest");
        } catch (IOException e) {
            throw new BackupRefusedException(file + " is damaged: its " + Manifest.ENTRY + " cannot be read ("
                    + e.getMessage() + ")");
        }
        if (m == null || !Manifest.FORMAT.equals(m.format()) || m.tables() == null || m.files() == null
                || m.schemaVersion() == null) {
            throw new BackupRefusedException(file + " is not a Peacetrack backup: its manifest is of another format");
        }
        if (m.formatVersion() > Manifest.FORMAT_VERSION || m.formatVersion() < 1) {
            throw new BackupRefusedException(file + " was written in archive format " + m.formatVersion()
                    + " by Peacetrack " + m.peacetrackVersion() + "; this Peacetrack reads format " + Manifest.FORMAT_VERSION
                    + ": restore it with the version that made it or a newer one");
        }
        return m;
    }

    /** Checks every entry the manifest lists against its size and SHA-256, and that the zip holds no other. */
    void verify(Consumer<String> progress) {
        Set<String> listed = new HashSet<>();
        listed.add(Manifest.ENTRY);
        for (Manifest.TableEntry t : manifest.tables()) {
            if (t.entry() == null || !TABLE_ENTRY.matcher(t.entry()).matches() || !t.entry().equals("tables/" + t.name() + ".jsonl")) {
                throw damaged("its manifest names a table entry " + t.entry() + " for " + t.name());
            }
            check(t.entry(), t.bytes(), t.sha256());
            listed.add(t.entry());
        }
        for (Manifest.FileEntry f : manifest.files()) {
            if (f.entry() == null || !FILE_ENTRY.matcher(f.entry()).matches() || !f.entry().equals("files/" + f.sha256())) {
                throw damaged("its manifest names a file entry " + f.entry());
            }
            check(f.entry(), f.bytes(), f.sha256());
            listed.add(f.entry());
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!listed.contains(name)) {
                throw damaged("it holds an entry its manifest does not list: " + name);
            }
        }
        progress.accept("Checked " + manifest.tables().size() + " tables and " + manifest.files().size()
                + " files against the manifest's checksums");
    }

    private void check(String name, long bytes, String sha256) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw damaged("its manifest lists " + name + ", which it does not hold");
        }
        MessageDigest digest = Sha256.digest();
        long read = 0;
        try (InputStream in = bounded(zip, entry, bytes)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                read += n;
            }
        } catch (IOException e) {
            throw damaged(name + " cannot be read (" + e.getMessage() + ")");
        }
        if (read != bytes || !Sha256.hex(digest).equals(sha256)) {
            throw damaged(name + " is not what its manifest says (size or SHA-256 differ)");
        }
    }

    /** An entry's stream, ending in an error past the stated size instead of inflating without bound. */
    InputStream entry(String name, long bytes) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw damaged("it does not hold " + name);
        }
        return bounded(zip, entry, bytes);
    }

    /** The bytes kept under this SHA-256, read within their stated size. */
    byte[] file(String sha256, String where) throws IOException {
        Manifest.FileEntry f = sha256 == null ? null : filesBySha.get(sha256);
        if (f == null) {
            throw damaged(where + " refers to a file the archive does not list: " + sha256);
        }
        try (InputStream in = entry(f.entry(), f.bytes())) {
            return in.readAllBytes();
        }
    }

    List<Manifest.TableEntry> tables() {
        return manifest.tables();
    }

    private BackupRefusedException damaged(String what) {
        return new BackupRefusedException("The archive is damaged or was altered: " + what);
    }

    private static InputStream bounded(ZipFile zip, ZipEntry entry, long limit) throws IOException {
        return new FilterInputStream(zip.getInputStream(entry)) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0 && ++count > limit) {
                    throw new IOException(entry.getName() + " is longer than its stated " + limit + " bytes");
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count += n;
                    if (count > limit) {
                        throw new IOException(entry.getName() + " is longer than its stated " + limit + " bytes");
                    }
                }
                return n;
            }
        };
    }

    @Override
    public void close() {
        close(zip);
    }

    private static void close(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
