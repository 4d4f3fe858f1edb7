package org.peacetrack.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.peacetrack.documents.UnreadableDocumentException;

/**
 * Inflates a ZIP package once into a small buffer, entry by entry as POI will read it (the same parser,
 * from the local headers), counting the bytes that come out: a package whose entries inflate beyond the
 * limits is refused after at most the limit, in a buffer's worth of memory, whatever its directory claims.
 */
final class InflationCount {

    private static final int BUFFER = 64 * 1024;

    private InflationCount() {
    }

    static void within(byte[] zip, long maxEntry, long maxTotal, int maxEntries) {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw bomb("it holds more than " + maxEntries + " entries");
                }
                long size = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    total += n;
                    if (size > maxEntry) {
                        throw bomb("entry " + entry.getName() + " inflates to more than " + maxEntry + " bytes");
                    }
                    if (total > maxTotal) {
                        throw bomb("its entries inflate to more than " + maxTotal + " bytes");
                    }
                }
                if (size > DocxPackageCheck.RATIO_GRACE_SIZE
                        && in.getCompressedCount() < size * DocxPackageCheck.MIN_INFLATE_RATIO) {
                    throw bomb("entry " + entry.getName() + " inflates from " + in.getCompressedCount() + " to "
                            + size + " bytes");
                }
            }
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // commons-compress answers some damaged local headers with a NullPointerException (found by the fuzzer)
            throw new UnreadableDocumentException("the ZIP package is damaged and cannot be inflated", e);
        }
    }

    private static UnreadableDocumentException bomb(String why) {
        return new UnreadableDocumentException("rejected as a zip bomb while counting what it inflates to: " + why
                + " (the package's directory declared less)");
    }
}
