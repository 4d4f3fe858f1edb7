package org.peacetrack.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a document says it is, on its cover and before its first section: the kinds of the Special
 * Committee's cycle are recognised by these words, never by the shape of the text alone, so that any
 * other report with numbered paragraphs is not taken for one of them.
 */
final class SelfDescription {

    private static final Pattern FIRST_SECTION = Pattern.compile("^(?:Chapter\\s+[IVXL]{1,6}\\b|[IVXL]{1,6}\\.\\s+\\S)");
    private static final Pattern C34_SYMBOL = Pattern.compile("^A/\\d{2,3}/19$");
    private static final int FRONT_BLOCKS = 40;
    private static final List<String> SG_IMPLEMENTATION_REPORT = List.of(
            "implementation of the recommendations of the special committee on peacekeeping operations",
            "for consideration by the special committee on peacekeeping operations");
    private static final List<String> C34_REPORT = List.of(
            "report of the special committee on peacekeeping operations", "supplement no. 19");
    private static final List<String> INITIATIVES = List.of("summary of initiatives");
    private static final List<String> PRIORITIES = List.of("action for peacekeeping", "priorities for");

    private SelfDescription() {
    }

    static boolean isSgImplementationReport(List<String> blocks) {
        return says(blocks, SG_IMPLEMENTATION_REPORT);
    }

    static boolean isC34Report(List<String> blocks, Masthead masthead) {
        return says(blocks, C34_REPORT) || masthead.symbol() != null && C34_SYMBOL.matcher(masthead.symbol()).matches();
    }

    static boolean isInitiativesSummary(List<String> blocks) {
        return says(blocks, INITIATIVES);
    }

    static boolean isPriorities(List<String> blocks) {
        return says(blocks, PRIORITIES);
    }

    private static boolean says(List<String> blocks, List<String> phrases) {
        String front = front(blocks);
        return phrases.stream().anyMatch(front::contains);
    }

    /** The cover and front matter, lower-cased: every block before the first Roman section. */
    private static String front(List<String> blocks) {
        StringBuilder front = new StringBuilder();
        for (String block : blocks.subList(0, Math.min(FRONT_BLOCKS, blocks.size()))) {
            String plain = InlineMarkup.heading(block);
            if (FIRST_SECTION.matcher(plain).find() && front.length() > 0) {
                break;
            }
            front.append(plain.toLowerCase(Locale.ROOT)).append('\n');
        }
        return front.toString();
    }
}
