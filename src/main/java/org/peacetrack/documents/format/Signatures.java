package org.peacetrack.documents.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The magic bytes by which a file shows its format, whatever its name says. */
public final class Signatures {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final int HTML_SNIFF_WINDOW = 512;

    private Signatures() {
    }

    public static boolean isPdf(byte[] content) {
        int window = Math.min(content.length - PDF.length, PDF_HEADER_WINDOW);
        for (int i = 0; i <= window; i++) {
            if (startsWith(content, i, PDF)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isZip(byte[] content) {
        return startsWith(content, 0, ZIP);
    }

    public static boolean isOle2(byte[] content) {
        return startsWith(content, 0, OLE2);
    }

    public static boolean isHtml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, HTML_SNIFF_WINDOW), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        if (content.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
