package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of a report as its headings go by: Roman sections ("II."), lettered subsections ("C.") and
 * numbered sub-headings ("1. Rapid deployment"). "I.", "V." and "X." may be either a section or a
 * subsection; the letter that would come next in the current section decides. A numbered line is a
 * sub-heading only if it is shaped like one (short, no final period) and continues the sub-heading
 * numbering, which restarts in every subsection.
 */
final class Outline {

    private static final Pattern NUMBERED = Pattern.compile("^([IVXL]{1,6}|[A-Z]|\\d{1,2})\\.\\s+(\\S.*)$");
    private static final Pattern ROMAN = Pattern.compile("^[IVXL]+$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;,]\\W*$");
    private static final int LONGEST_HEADING = 160;

    private String section;
    private String subsection;
    private String subHeading;
    private String heading;
    private String subsectionHeading;

    /** Takes the block as a heading if it is one, and says whether it was. */
    boolean accept(String block) {
        Matcher m = NUMBERED.matcher(InlineMarkup.heading(block));
        if (!m.matches() || !headingShaped(block, m.group(2))) {
            return false;
        }
        String label = m.group(1);
        if (Character.isDigit(label.charAt(0))) {
            return acceptSubHeading(Integer.parseInt(label), m.group(2));
        }
        if (label.length() == 1 && section != null && (!ROMAN.matcher(label).matches() || label.equals(nextLetter()))) {
            subsection = label;
            subsectionHeading = m.group(2);
        } else if (ROMAN.matcher(label).matches()) {
            section = label;
            subsection = null;
            subsectionHeading = null;
        } else {
            return false;
        }
        subHeading = null;
        heading = m.group(2);
        return true;
    }

    private boolean acceptSubHeading(int number, String text) {
        int previous = subHeading == null ? 0 : Integer.parseInt(subHeading);
        if (section == null || number != previous + 1) {
            return false;
        }
        subHeading = String.valueOf(number);
        heading = text;
        return true;
    }

    private String nextLetter() {
        return subsection == null ? "A" : String.valueOf((char) (subsection.charAt(0) + 1));
    }

    private static boolean headingShaped(String block, String text) {
        boolean marked = block.startsWith("#");
        return marked || text.length() <= LONGEST_HEADING && !SENTENCE_END.matcher(text).find()
                && Character.isUpperCase(text.codePointAt(0));
    }

    boolean started() {
        return section != null;
    }

    List<String> path() {
        List<String> path = new ArrayList<>();
        for (String part : new String[] {section, subsection, subHeading}) {
            if (part != null) {
                path.add(part);
            }
        }
        return path;
    }

    /** The heading of the current lettered subsection, null outside one. */
    String subsectionHeading() {
        return subsectionHeading;
    }

    /** The text of the innermost heading seen so far. */
    String heading() {
        return heading;
    }
}
