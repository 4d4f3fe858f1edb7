package org.peacetrack.ingestion;

import java.util.List;

/**
 * What the current readers make of a document's original compared with what is stored: its facts before and
 * after, the paragraphs counted both ways, and one line per paragraph that differs (at most {@link #MAX_LINES},
 * with their total in {@code paragraphsChanged}). Nothing is changed by a re-read.
 */
public record RereadReport(long documentId, String label, String symbolBefore, String symbolAfter, String titleBefore,
        String titleAfter, int paragraphsBefore, int paragraphsAfter, int paragraphsChanged, List<String> changes,
        List<String> warnings) {

    public static final int MAX_LINES = 50;

    public boolean unchanged() {
        return paragraphsChanged == 0 && paragraphsBefore == paragraphsAfter && same(symbolBefore, symbolAfter)
                && same(titleBefore, titleAfter);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
