package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Special Committee's report as published writes "Chapter IV" on one line and the chapter's title on
 * the next, where the outline expects "IV. Title". Both are read as one heading; no text is changed.
 */
final class ChapterHeadings {

    private static final Pattern CHAPTER = Pattern.compile("^Chapter\\s+([IVXL]{1,6})\\.?(?:\\s+(\\S.*))?$",
            Pattern.CASE_INSENSITIVE);
    private static final int LONGEST_TITLE = 160;

    private ChapterHeadings() {
    }

    static List<String> asOutline(List<String> blocks) {
        List<String> read = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Matcher m = CHAPTER.matcher(InlineMarkup.heading(blocks.get(i)));
            if (!m.matches()) {
                read.add(blocks.get(i));
            } else if (m.group(2) != null) {
                read.add(m.group(1) + ". " + m.group(2));
            } else if (i + 1 < blocks.size() && isTitle(InlineMarkup.heading(blocks.get(i + 1)))) {
                read.add(m.group(1) + ". " + InlineMarkup.heading(blocks.get(++i)));
            } else {
                read.add(blocks.get(i));
            }
        }
        return read;
    }

    private static boolean isTitle(String line) {
        return !line.isEmpty() && line.length() <= LONGEST_TITLE && !line.endsWith(".")
                && Character.isUpperCase(line.codePointAt(0));
    }
}
