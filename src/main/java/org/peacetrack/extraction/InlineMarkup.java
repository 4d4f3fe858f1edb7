package org.peacetrack.extraction;

import java.util.regex.Pattern;

/** Turns the converter's inline Markdown and HTML (links, emphasis, superscripts, escapes) into plain text. */
final class InlineMarkup {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern SUPERSCRIPT = Pattern.compile("<sup>[^<]{0,8}</sup>");
    private static final Pattern TAG = Pattern.compile("</?(u|b|i|em|strong)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\()\\[\\]*_#.\\-$+!`{}|<>~])");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|(?<=\\s|^)_{1,2}|_{1,2}(?=\\s|$|[.,;:])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private InlineMarkup() {
    }

    static String plain(String marked) {
        String text = LINK.matcher(marked).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = SUPERSCRIPT.matcher(text).replaceAll("");
        text = TAG.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = ESCAPE.matcher(text).replaceAll("$1");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** A heading's text without its leading hashes and emphasis. */
    static String heading(String block) {
        return plain(block.replaceFirst("^#{1,6}\\s*", ""));
    }
}
