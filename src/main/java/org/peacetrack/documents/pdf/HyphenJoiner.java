package org.peacetrack.documents.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetrack.documents.TextRepair;

/**
 * Joins wrapped lines. A line ending in a hyphen is re-joined without it ("peace-" + "keeping") only where
 * the document's own words confirm the joined word and never contain the hyphenated one; real hyphens
 * ("Secretary-General") and suspended ones ("troop- and police-contributing") are kept. Each hyphen dropped
 * is recorded as a {@link TextRepair}, the halves kept as the lines set them.
 */
final class HyphenJoiner {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}-]+$");
    /** Emphasis around a lead ("***operatio-***" / "***nal readiness***") hides no word from the vocabulary. */
    private static final Pattern EMPHASIS_MARKER = Pattern.compile("\\*{1,3}|</?u>");
    private static final Pattern WORD_END_HYPHEN = Pattern.compile(".*\\p{L}-$");
    /**
     * A compound of figures or symbols broken at its hyphen ("A/74/976-" / "S/2020/773", "2018-" / "2028"):
     * with no space glyph after it, the next line follows without a space, the hyphen kept.
     */
    private static final Pattern FIGURE_END_HYPHEN = Pattern.compile(".*[\\p{N}/]-$");
    /**
     * A hyphen set apart from the word before it opens the next word ("non -" / "permissive" for "non
     * -permissive"): a producer that sets a space glyph at its wrapped lines' ends set none after it, so the
     * line broke inside that word; without such a producer's space glyphs nothing tells the two apart.
     */
    private static final Pattern SET_APART_HYPHEN = Pattern.compile(".*\\s-$");

    /** Words kept either side of a repair, so that the paragraph it lies in can be found again. */
    private static final Pattern WORDS_BEFORE = Pattern.compile("(?:\\S+\\s+){0,3}$");
    private static final Pattern WORDS_AFTER = Pattern.compile("^(?:\\s+\\S+){0,3}");

    private final Set<String> words = new HashSet<>();
    private final List<TextRepair> repairs = new ArrayList<>();
    private final boolean spacesAtLineEnds;

    HyphenJoiner(List<String> lines) {
        this(lines, false);
    }

    /**
     * Learns the vocabulary from all lines, leaving out the fragments either side of a line-end hyphen;
     * {@code spacesAtLineEnds}: the producer sets a space glyph at the end of a line it wrapped between words.
     */
    HyphenJoiner(List<String> lines, boolean spacesAtLineEnds) {
        this.spacesAtLineEnds = spacesAtLineEnds;
        boolean afterHyphen = false;
        for (String marked : lines) {
            String line = EMPHASIS_MARKER.matcher(marked).replaceAll("").strip();
            String[] tokens = line.split("\\s+");
            boolean endsHyphenated = WORD_END_HYPHEN.matcher(line).matches();
            for (int i = 0; i < tokens.length; i++) {
                boolean fragment = (i == 0 && afterHyphen) || (i == tokens.length - 1 && endsHyphenated);
                if (!fragment) {
                    words.add(word(tokens[i]));
                }
            }
            afterHyphen = endsHyphenated;
        }
    }

    String join(String previous, String next) {
        String left = previous.stripTrailing();
        String right = next.stripLeading();
        if (left.isEmpty() || right.isEmpty()) {
            return left + right;
        }
        boolean noSpaceAfter = !Character.isWhitespace(previous.charAt(previous.length() - 1));
        if (FIGURE_END_HYPHEN.matcher(left).matches() && noSpaceAfter
                || spacesAtLineEnds && SET_APART_HYPHEN.matcher(left).matches() && noSpaceAfter) {
            return left + right;
        }
        if (!WORD_END_HYPHEN.matcher(left).matches()) {
            return left + " " + right;
        }
        String stem = lastToken(left);
        String head = right.split("\\s+", 2)[0];
        String stemWord = word(stem);
        String headWord = word(head);
        if (words.contains(stemWord) && stemWord.endsWith("-") && !words.contains(stemWord + headWord)) {
            return left + " " + right;
        }
        String joined = stemWord.substring(0, stemWord.length() - 1) + headWord;
        boolean confirmed = words.contains(joined) && !words.contains(stemWord + headWord);
        if (!confirmed) {
            return left + right;
        }
        String wordBefore = lastToken(left);
        String repaired = wordBefore.substring(0, wordBefore.length() - 1) + head;
        String result = left.substring(0, left.length() - 1) + right;
        repairs.add(new TextRepair(wordBefore + "\n" + head, repaired, "a hyphen at a line end: the document writes \""
                + joined + "\" elsewhere and never \"" + stemWord + headWord + "\"",
                around(result, left.length() - wordBefore.length(), repaired.length())));
        return result;
    }

    /** Every hyphen dropped so far, with the two halves as the lines set them. */
    List<TextRepair> repairs() {
        return List.copyOf(repairs);
    }

    /** The repaired word with up to three words either side of it, as the joined text reads. */
    private static String around(String text, int start, int length) {
        Matcher before = WORDS_BEFORE.matcher(text.substring(0, start));
        Matcher after = WORDS_AFTER.matcher(text.substring(start + length));
        return ((before.find() ? before.group() : "") + text.substring(start, start + length)
                + (after.find() ? after.group() : "")).strip();
    }

    private static String lastToken(String text) {
        int space = text.lastIndexOf(' ');
        return space < 0 ? text : text.substring(space + 1);
    }

    private static String word(String token) {
        return EDGE_PUNCTUATION.matcher(token).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
