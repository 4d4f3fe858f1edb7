package org.peacetrack.documents;

/**
 * Writes a run of text's emphasis the way the text conversion does ({@code ***bold italic***},
 * {@code **bold**}, {@code *italic*}, {@code <u>underlined</u>}), so that recognisers that name units by their
 * emphasised lead read every format alike. Consecutive runs in the same emphasis share one pair of markers.
 */
final class InlineEmphasis {

    static final String NONE = "";

    private String open = NONE;

    static String marker(boolean bold, boolean italic, boolean underlined) {
        if (bold || italic) {
            return bold && italic ? "***" : bold ? "**" : "*";
        }
        return underlined ? "<u>" : NONE;
    }

    /** The markers that end the open emphasis and start the given one; nothing when they are the same. */
    String switchTo(String marker) {
        if (marker.equals(open)) {
            return "";
        }
        String markers = close() + marker;
        open = marker;
        return markers;
    }

    String open() {
        return open;
    }

    /** The marker that ends the open emphasis, if any. */
    String close() {
        String closing = open.equals("<u>") ? "</u>" : open;
        open = NONE;
        return closing;
    }
}
