package org.peacetrack.documents.docx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.peacetrack.documents.UnreadableDocumentException;

/**
 * Reads a ZIP package's central directory, without inflating anything, so that bombs and macro parts are
 * rejected before any entry is decompressed. POI's own limits (ZipSecureFile) catch entries that lie here.
 */
final class ZipDirectory {

    record Entry(String name, long compressedSize, long size, boolean encrypted) {
    }

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_RECORD_LENGTH = 22;
    private static final int MAX_COMMENT_LENGTH = 0xFFFF;
    private static final long ZIP64_MARKER = 0xFFFFFFFFL;

    private ZipDirectory() {
    }

    static List<Entry> entries(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEndRecord(buffer);
        int count = Short.toUnsignedInt(buffer.getShort(end + 10));
        long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
        List<Entry> entries = new ArrayList<>(Math.min(count, 10_000));
        int at = (int) Math.min(offset, zip.length);
        for (int i = 0; i < count; i++) {
            if (at + 46 > zip.length || buffer.getInt(at) != ENTRY_SIGNATURE) {
                throw new UnreadableDocumentException("the ZIP directory is damaged (entry " + (i + 1) + " of " + count + ")");
            }
            boolean encrypted = (buffer.getShort(at + 8) & 1) != 0;
            long compressed = Integer.toUnsignedLong(buffer.getInt(at + 20));
            long size = Integer.toUnsignedLong(buffer.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(at + 32));
            if (at + 46 + nameLength > zip.length) {
                throw new UnreadableDocumentException("the ZIP directory is damaged (entry name out of bounds)");
            }
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            if (compressed == ZIP64_MARKER || size == ZIP64_MARKER) {
                throw new UnreadableDocumentException("the package uses ZIP64 sizes (entry " + name
                        + "), which no genuine Word document needs");
            }
            entries.add(new Entry(name, compressed, size, encrypted));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static int findEndRecord(ByteBuffer buffer) {
        int last = buffer.limit() - END_RECORD_LENGTH;
        for (int at = last; at >= 0 && at >= last - MAX_COMMENT_LENGTH; at--) {
            if (buffer.getInt(at) == END_SIGNATURE) {
                return at;
            }
        }
        throw new UnreadableDocumentException("the ZIP package is truncated or damaged (no central directory)");
    }
}
