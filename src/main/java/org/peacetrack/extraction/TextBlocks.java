package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits converted document text into blocks: runs of non-blank lines, joined with single spaces.
 * Markdown's hard line breaks (two trailing spaces) and the PDF converter's wrapped lines both become
 * one logical line this way. Text that the converter wrote line by line, wrapped at the page width with
 * blank lines between the lines (and sometimes not), is re-flowed into paragraphs instead.
 */
final class TextBlocks {

    private static final Pattern OUTLINE_START = Pattern.compile("^(?:[IVXL]{1,6}|[A-Z]|\\d{1,3})\\.\\s+\\S");
    /** A converter that wrote numbered paragraphs as a Markdown list ("- 12. ...") puts one on each line. */
    private static final Pattern NUMBERED_LIST_ITEM = Pattern.compile("^[-*]\\s+\\d{1,3}\\.\\s+\\S");
    private static final Pattern HYPHEN_AT_END = Pattern.compile("\\p{L}-$");
    private static final Pattern COORDINATED = Pattern.compile("^(?:and|or) ");
    private static final int SHORTEST_WRAPPED_LINE = 40;
    private static final int LONGEST_WRAPPED_LINE = 100;
    private static final int FEWEST_WRAPPED_LINES = 20;

    private TextBlocks() {
    }

    static List<String> of(String text) {
        List<String> lines = Arrays.stream(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))
                .map(String::strip).toList();
        return isLineWrapped(lines) ? reflowed(lines) : blankSeparated(lines);
    }

    private static List<String> blankSeparated(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty() || NUMBERED_LIST_ITEM.matcher(line).find()) {
                flush(blocks, current);
            }
            if (!line.isEmpty()) {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(line);
            }
        }
        flush(blocks, current);
        return blocks;
    }

    /** Most lines are of a printed page's width: the converter kept the PDF's line breaks. */
    static boolean isLineWrapped(List<String> lines) {
        List<String> written = lines.stream().filter(l -> !l.isEmpty()).toList();
        long lineSized = written.stream()
                .filter(l -> l.length() >= SHORTEST_WRAPPED_LINE && l.length() <= LONGEST_WRAPPED_LINE).count();
        return written.size() >= FEWEST_WRAPPED_LINES && lineSized * 2 > written.size();
    }

    /**
     * Joins wrapped lines back into paragraphs: a line that opens a numbered paragraph or an outline heading
     * starts a new block, a layout artefact stands alone, and every other line continues the block before.
     */
    static List<String> reflowed(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentIsArtefact = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            boolean artefact = LayoutArtefacts.isArtefact(line);
            if (artefact || currentIsArtefact || OUTLINE_START.matcher(line).find()) {
                flush(blocks, current);
            }
            if (current.length() > 0 && !continuesHyphenatedWord(current, line)) {
                current.append(' ');
            }
            current.append(line);
            currentIsArtefact = artefact;
        }
        flush(blocks, current);
        return blocks;
    }

    /** "high-" + "risk" is "high-risk"; but "troop-" + "and police-contributing" keeps its space. */
    private static boolean continuesHyphenatedWord(CharSequence current, String line) {
        return HYPHEN_AT_END.matcher(current).find() && !COORDINATED.matcher(line).find();
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        if (current.length() > 0) {
            blocks.add(current.toString());
            current.setLength(0);
        }
    }
}
