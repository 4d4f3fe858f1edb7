package org.peacetrack.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a numbered report states about itself before its first section: title, date, session, symbol,
 * language. Only the front matter is read, so that a date in paragraph 11 is not taken for the report's.
 * The symbol may also come from a running head left in the text by the conversion; the masthead's wins.
 */
record ReportFacts(Optional<String> title, Optional<LocalDate> date, Optional<Integer> session,
        Optional<String> symbol, String language) {

    private static final Pattern BYLINE = Pattern.compile("^Report of the Secretary-General\\b.*");
    private static final Pattern REPORT_TITLE = Pattern.compile("^Report of the \\S.*");
    private static final Pattern FIRST_SECTION = Pattern.compile("^I\\.\\s+\\S.*");
    private static final Pattern PAGE_FOOTER = Pattern.compile("^(?:\\d{1,3}/\\d{1,3}\\s+)?\\d{2}-\\d{5}(?:\\s+\\d{1,3}/\\d{1,3})?$");

    static ReportFacts of(List<String> blocks) {
        List<String> front = frontMatter(blocks);
        return new ReportFacts(title(front), FrontMatter.date(front), FrontMatter.session(front),
                symbol(blocks), FrontMatter.language(front));
    }

    private static List<String> frontMatter(List<String> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (FIRST_SECTION.matcher(InlineMarkup.heading(blocks.get(i))).matches()) {
                return blocks.subList(0, i);
            }
        }
        return blocks;
    }

    private static Optional<String> title(List<String> front) {
        for (int i = 0; i < front.size(); i++) {
            String heading = InlineMarkup.heading(front.get(i)).replace("\\", "");
            if (BYLINE.matcher(heading).matches()) {
                return i == 0 ? Optional.empty() : Optional.of(InlineMarkup.heading(front.get(i - 1)));
            }
            if (REPORT_TITLE.matcher(heading).matches()) {
                return Optional.of(heading);
            }
        }
        return Optional.empty();
    }

    /**
     * A symbol alone on a line counts only as a running head, beside a page footer: alone in the front matter
     * it may as well be a cell of a table of other documents.
     */
    private static Optional<String> symbol(List<String> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Optional<String> head = LayoutArtefacts.runningHeadSymbol(blocks.get(i));
            if (head.isPresent() && besideFooter(blocks, i)) {
                return head;
            }
        }
        return Optional.empty();
    }

    private static boolean besideFooter(List<String> blocks, int at) {
        for (int i = Math.max(0, at - 2); i <= Math.min(blocks.size() - 1, at + 2); i++) {
            if (PAGE_FOOTER.matcher(blocks.get(i).strip()).matches()) {
                return true;
            }
        }
        return false;
    }
}
