package org.peacetrack.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the consecutively numbered paragraphs of a report (the SG's report, the Special Committee's report)
 * with the outline they sit in. A numbered line opens a paragraph only if it continues the numbering, so
 * that "2017." at the start of a wrapped line and "1. Rapid deployment" stay what they are. Text cut off by
 * a page break, a figure or a footnote rejoins its paragraph; figure contents and front matter are skipped.
 */
final class NumberedParagraphs {

    /** "12. Text", also as a Markdown list item ("- 12. Text") where a converter made the paragraphs a list. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:[-*]\\s+)?(\\d{1,3})\\.\\s+(\\S.*)$");
    /**
     * "5.I.12 Text": a paragraph numbered within a part of a section, as a budget fascicle numbers them; the
     * numbering restarts at 1 in each part ("5.II.1").
     */
    private static final Pattern PART_NUMBERED = Pattern.compile("^(\\d{1,3}\\.[A-Z]{1,4}\\.)(\\d{1,3})\\s+(\\S.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')]?$");
    private static final int LARGEST_PLAUSIBLE_GAP = 5;

    private final Outline outline = new Outline();
    private final List<ExtractedParagraph> paragraphs = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int number;
    /** The part prefix ("5.I.") of the paragraph being read, or "" where paragraphs are numbered alone. */
    private String part = "";
    private List<String> path;
    private String heading;
    private String subsectionHeading;
    private StringBuilder text;
    private boolean inFigure;
    private final boolean sectioned;

    private NumberedParagraphs(boolean sectioned) {
        this.sectioned = sectioned;
    }

    static NumberedParagraphs read(List<String> blocks) {
        return read(blocks, true);
    }

    /** Also in a document without Roman sections, such as an agenda or a note. */
    static NumberedParagraphs readWithoutSections(List<String> blocks) {
        return read(blocks, false);
    }

    private static NumberedParagraphs read(List<String> blocks, boolean sectioned) {
        NumberedParagraphs reader = new NumberedParagraphs(sectioned);
        blocks.forEach(reader::accept);
        reader.finish();
        return reader;
    }

    List<ExtractedParagraph> paragraphs() {
        return paragraphs;
    }

    List<String> warnings() {
        return warnings;
    }

    private void accept(String block) {
        if (outline.accept(block)) {
            finish();
            inFigure = false;
            return;
        }
        if (LayoutArtefacts.isFigureCaption(block)) {
            finish();
            inFigure = true;
            return;
        }
        if (LayoutArtefacts.isArtefact(block)) {
            return;
        }
        String plain = InlineMarkup.heading(block);
        if (block.startsWith("#") && !readAsText(plain)) {
            return;
        }
        boolean inBody = outline.started() || !sectioned;
        Matcher byPart = PART_NUMBERED.matcher(plain);
        if (byPart.matches() && inBody && opensInPart(byPart.group(1), Integer.parseInt(byPart.group(2)), byPart.group(3))) {
            finish();
            start(byPart.group(1), Integer.parseInt(byPart.group(2)), byPart.group(3));
            return;
        }
        if (byPart.matches() && inBody) {
            warnings.add("A block numbered " + byPart.group(1) + byPart.group(2) + " after paragraph " + part + number
                    + " does not continue the numbering and is " + (text != null ? "kept as part of paragraph " + part
                    + number : "left out: it follows a heading"));
            if (text != null) {
                text.append(' ').append(plain);
            }
            return;
        }
        Matcher m = NUMBERED.matcher(plain);
        if (m.matches() && !part.isEmpty() && text != null) {
            // Where paragraphs are numbered by part, a block numbered alone is an item of a list or table in
            // the paragraph ("1. Meetings of the Fifth Committee"), kept in its text.
            text.append(' ').append(plain);
            return;
        }
        if (m.matches() && inBody && opensNext(Integer.parseInt(m.group(1)), m.group(2))) {
            finish();
            start(Integer.parseInt(m.group(1)), m.group(2));
        } else if (m.matches() && inBody && text != null && looksLikeParagraph(m.group(2))) {
            warnings.add("A block numbered " + m.group(1) + " after paragraph " + number
                    + " does not continue the numbering and is kept as part of paragraph " + number);
            text.append(' ').append(plain);
        } else if (text != null && (!inFigure || continuesSentence(plain))) {
            text.append(' ').append(plain);
        }
    }

    /** Inside a figure only text that visibly continues the cut-off sentence belongs to the paragraph. */
    private boolean continuesSentence(String plain) {
        return Character.isLowerCase(plain.codePointAt(0)) || !SENTENCE_END.matcher(text).find();
    }

    /**
     * A reader may set a bold paragraph opening, or its bold continuation, as a heading: such a "heading" is
     * text when it continues the numbering or a cut-off sentence.
     */
    private boolean readAsText(String heading) {
        if (heading.isEmpty()) {
            return false;
        }
        Matcher m = NUMBERED.matcher(heading);
        boolean nextParagraph = m.matches() && outline.started() && opensNext(Integer.parseInt(m.group(1)), m.group(2));
        Matcher byPart = PART_NUMBERED.matcher(heading);
        boolean nextInPart = byPart.matches() && outline.started()
                && opensInPart(byPart.group(1), Integer.parseInt(byPart.group(2)), byPart.group(3));
        return nextParagraph || nextInPart || text != null && Character.isLowerCase(heading.codePointAt(0));
    }

    /** A numbered block that opens like a paragraph: a capital letter, not a continued sentence or a list. */
    private static boolean looksLikeParagraph(String opening) {
        return Character.isUpperCase(opening.codePointAt(0));
    }

    /** A paragraph of the current part continues its numbering; another part opens at 1 (or after a small gap). */
    private boolean opensInPart(String prefix, int candidate, String opening) {
        if (!prefix.equals(part)) {
            return candidate <= LARGEST_PLAUSIBLE_GAP && !Character.isLowerCase(opening.codePointAt(0));
        }
        return opensNext(candidate, opening);
    }

    private boolean opensNext(int candidate, String opening) {
        int gap = candidate - number;
        return gap == 1 || gap > 1 && gap <= LARGEST_PLAUSIBLE_GAP && !Character.isLowerCase(opening.codePointAt(0));
    }

    private void start(int candidate, String opening) {
        start("", candidate, opening);
    }

    private void start(String prefix, int candidate, String opening) {
        boolean newPart = !prefix.equals(part);
        if (newPart && candidate != 1) {
            warnings.add("Paragraph numbering of part " + prefix + " starts at " + prefix + candidate);
        } else if (!newPart && candidate != number + 1) {
            warnings.add("Paragraph numbering jumps from " + prefix + number + " to " + prefix + candidate);
        }
        part = prefix;
        number = candidate;
        path = outline.path();
        heading = outline.heading();
        subsectionHeading = outline.subsectionHeading();
        text = new StringBuilder(opening);
        inFigure = false;
    }

    private void finish() {
        if (text != null) {
            paragraphs.add(new ExtractedParagraph(number, path, heading, null, text.toString(), null, null,
                    subsectionHeading, part.isEmpty() ? null : part + number));
            text = null;
        }
    }
}
