package org.peacetrack.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.peacetrack.documents.pdf.PdfLines.Line;

/** A paragraph, heading or table cell re-flowed from a page's lines. */
final class PdfBlock {

    private static final int LONGEST_HEADING = 250;
    private static final String SENTENCE_ENDS = ".!?:;\"”’)";
    /** Published headings carry no final punctuation; a bold numbered paragraph ("13. The Committee ... .") does. */
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.;,:](?:\\*{1,3}|</?u>|</sup>|\\s)*$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\.\\s.*");

    final float x;
    final String lead;
    final float size;
    final List<Line> lines = new ArrayList<>();
    /** Whether the last line runs to the right margin, so that the paragraph goes on after it. */
    boolean endsFull;

    PdfBlock(Line first) {
        this.x = first.x();
        this.lead = first.lead();
        this.size = first.size();
        lines.add(first);
    }

    void add(Line line) {
        lines.add(line);
    }

    void addAll(PdfBlock next) {
        lines.addAll(next.lines);
    }

    int lineCount() {
        return lines.size();
    }

    boolean bold() {
        return lines.stream().allMatch(Line::bold);
    }

    String text(HyphenJoiner joiner) {
        boolean mixed = !bold() && lines.stream().anyMatch(Line::bold);
        String text = lineText(lines.get(0), mixed);
        for (int i = 1; i < lines.size(); i++) {
            String next = lineText(lines.get(i), mixed);
            String marker = emphasisAcrossLineEnd(text, next);
            if (marker != null) {
                text = text.stripTrailing().substring(0, text.stripTrailing().length() - marker.length());
                next = next.stripLeading().substring(marker.length());
            }
            text = lines.get(i - 1).spaceAtEnd() ? text.stripTrailing() + " " + next.stripLeading() : joiner.join(text, next);
        }
        return lead == null ? text : lead + " " + text;
    }

    /** A whole bold (or bold italic) line inside a paragraph that is not all bold is marked as its mixed lines are. */
    private static String lineText(Line line, boolean mixed) {
        String marker = line.italic() ? "***" : "**";
        return mixed && line.bold() && !line.text().startsWith("*") ? marker + line.text() + marker : line.text();
    }

    /** The emphasis marker that closes one line and reopens on the next: one emphasised span, wrapped. */
    private static String emphasisAcrossLineEnd(String line, String next) {
        String left = line.stripTrailing();
        String right = next.stripLeading();
        for (String marker : new String[] {"***", "**", "*"}) {
            if (left.endsWith(marker) && !left.endsWith("*" + marker)
                    && right.startsWith(marker) && !right.startsWith(marker + "*")) {
                return marker;
            }
        }
        return null;
    }

    /** 0 for body text; 1 to 4 for headings, by size above the body size, bold at body size being 4. */
    int headingLevel(float bodySize) {
        int length = lines.stream().mapToInt(l -> l.text().length()).sum();
        if (lead != null || length > LONGEST_HEADING) {
            return 0;
        }
        if (size >= bodySize + 3.5f) {
            return 1;
        } else if (size >= bodySize + 1.5f) {
            return 2;
        } else if (size > bodySize + 0.5f) {
            return 3;
        }
        String last = lines.get(lines.size() - 1).text();
        boolean sentence = NUMBERED.matcher(firstLine()).matches()
                && FINAL_PUNCTUATION.matcher(last).find();
        return bold() && !sentence ? 4 : 0;
    }

    /** Whether the text stops mid-sentence, so that the next page may continue it. */
    boolean endsOpen() {
        String last = lines.get(lines.size() - 1).text().replaceAll("(?:\\*{1,3}|</?u>|<sup>[^<]*</sup>)+$", "").strip();
        return !last.isEmpty() && SENTENCE_ENDS.indexOf(last.charAt(last.length() - 1)) < 0;
    }

    /** Lines that are only web addresses (a link list): never a paragraph's continuation. */
    boolean webAddresses() {
        return lines.stream().allMatch(PdfParagraphs::isWebAddress);
    }

    String firstLine() {
        return lines.get(0).text();
    }
}
