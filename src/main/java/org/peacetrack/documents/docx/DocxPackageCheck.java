package org.peacetrack.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.peacetrack.documents.UnreadableDocumentException;
import org.peacetrack.documents.format.Signatures;

/**
 * The checks a Word package passes before POI opens it: no bomb (judged from the declared sizes, then by
 * counting what the entries really inflate to), no macros, no encryption. The limits are also handed to POI, which enforces them while inflating.
 */
final class DocxPackageCheck {

    /** POI's own default: an entry may inflate to at most 100 times its compressed size. */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;
    /** What all entries together may inflate to, counted as they inflate (a genuine report: a few MB). */
    static final long MAX_TOTAL_SIZE = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;
    /** Small entries may compress well without harm (POI's grace size works the same way). */
    static final long RATIO_GRACE_SIZE = 1024L * 1024;

    private DocxPackageCheck() {
    }

    static void rejectUnsafe(byte[] content) {
        if (Signatures.isOle2(content)) {
            rejectCompoundFile(content);
        }
        if (!Signatures.isZip(content)) {
            throw new UnreadableDocumentException("not a DOCX file: it is not a ZIP package");
        }
        List<ZipDirectory.Entry> entries = ZipDirectory.entries(content);
        if (entries.size() > MAX_ENTRIES) {
            throw new UnreadableDocumentException("rejected as a zip bomb: " + entries.size()
                    + " entries, more than the limit of " + MAX_ENTRIES);
        }
        long total = 0;
        for (ZipDirectory.Entry entry : entries) {
            rejectEntry(entry);
            total += entry.size();
        }
        if (total > MAX_TOTAL_SIZE) {
            throw new UnreadableDocumentException("rejected as a zip bomb: it would inflate to " + total
                    + " bytes, over the limit of " + MAX_TOTAL_SIZE);
        }
        // the directory may understate (issue 14): count what really comes out before POI keeps it in memory
        InflationCount.within(content, MAX_ENTRY_SIZE, MAX_TOTAL_SIZE, MAX_ENTRIES);
    }

    private static void rejectEntry(ZipDirectory.Entry entry) {
        String name = entry.name().toLowerCase(Locale.ROOT);
        if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
            throw new UnreadableDocumentException("macro-enabled Word documents are not accepted (the package holds "
                    + entry.name() + "); save it as a plain .docx");
        }
        if (entry.encrypted()) {
            throw new UnreadableDocumentException("the ZIP package is encrypted (entry " + entry.name() + ")");
        }
        if (entry.size() > MAX_ENTRY_SIZE) {
            throw new UnreadableDocumentException("rejected as a zip bomb: entry " + entry.name() + " would inflate to "
                    + entry.size() + " bytes, over the limit of " + MAX_ENTRY_SIZE);
        }
        if (entry.size() > RATIO_GRACE_SIZE && entry.compressedSize() < entry.size() * MIN_INFLATE_RATIO) {
            throw new UnreadableDocumentException("rejected as a zip bomb: entry " + entry.name() + " would inflate from "
                    + entry.compressedSize() + " to " + entry.size() + " bytes");
        }
    }

    /** Encrypted OOXML is stored in an OLE2 compound file; so is the legacy .doc format. */
    private static void rejectCompoundFile(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new UnreadableDocumentException("the document is encrypted (password-protected); "
                        + "remove the password and upload it again");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException unreadable) {
                throw unreadable;
            }
            throw new UnreadableDocumentException("the file is a damaged OLE2 compound file, not a DOCX", e);
        }
        throw new UnreadableDocumentException("legacy Word 97-2003 (.doc) files are not supported; save it as .docx");
    }
}
