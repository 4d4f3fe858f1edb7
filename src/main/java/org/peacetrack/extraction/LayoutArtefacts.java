package org.peacetrack.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blocks that the page layout or the conversion put between paragraphs: horizontal rules, running heads
 * (the document symbol alone on a line), page footers ("25/30 17-19483"), bare link lists, footnote
 * definitions and figure captions. They belong to no paragraph.
 */
final class LayoutArtefacts {

    private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");
    private static final Pattern BARE_URL = Pattern.compile("^(?:<?https?://\\S+>?\\s*)+$");
    private static final Pattern RUNNING_HEAD = Pattern.compile("^([A-Z]{1,3}(?:/[A-Za-z0-9.]+){2,4})$");
    private static final Pattern PAGE_FOOTER = Pattern.compile("^(?:\\d{1,3}/\\d{1,3}(?:\\s+\\d{2}-\\d{5})?|\\d{2}-\\d{5}(?:\\s+\\d{1,3}/\\d{1,3})?)$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:<sup>[^<]{1,8}</sup>|\\\\\\*|\\*\\s)");
    private static final Pattern FIGURE_CAPTION = Pattern.compile("^(?:\\*\\*)?(?:Figure|Table|Chart)\\s+[IVXL\\d]+\\b");

    private LayoutArtefacts() {
    }

    static boolean isArtefact(String block) {
        String line = block.strip();
        return RULE.matcher(line).matches() || BARE_URL.matcher(line).matches()
                || RUNNING_HEAD.matcher(line).matches() || PAGE_FOOTER.matcher(line).matches()
                || FOOTNOTE.matcher(line).find() || isFigureCaption(line);
    }

    /** A caption, also where a reader set it as a heading ("### Figure V"). */
    static boolean isFigureCaption(String block) {
        return FIGURE_CAPTION.matcher(block.strip().replaceFirst("^#{1,6}\\s+", "")).find();
    }

    /** The document symbol that a running head states, such as "A/72/573". */
    static Optional<String> runningHeadSymbol(String block) {
        Matcher m = RUNNING_HEAD.matcher(block.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
