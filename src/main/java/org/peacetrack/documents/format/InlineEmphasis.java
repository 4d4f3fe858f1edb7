package org.peacetrack.documents.format;

/**
 * Writes a run of text's emphasis the way the text conversion does ({@code ***bold italic***},
 * {@code **bold**}, {@code *italic*}, {@code <u>underlined</u>}), so that recognisers that name units by their
 * emphasised lead read every format alike. Consecutive runs in the same emphasis share one pair of markers.
 */
public final class InlineEmphasis {

    public static final String NONE = "";

    private String open = NONE;

    public static String marker(boolean bold, boolean italic, boolean underlined) {
        if (bold || italic) {
            return bold && italic ? "***" : bold ? "**" : "*";
        }
        return underlined ? "<u>" : NONE;
    }

    /** The markers that end the open emphasis and start the given one; nothing when they are the same. */
    public String switchTo(String marker) {
        if (marker.equals(open)) {
            return "";
        }
        String markers = close() + marker;
        open = marker;
        return markers;
    }

    public String open() {
        return open;
    }

    /** The marker that ends the open emphasis, if any. */
    public String close() {
        String closing = open.equals("<u>") ? "</u>" : open;
        open = NONE;
        return closing;
    }
}
