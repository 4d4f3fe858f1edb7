package org.peacetrack.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a numbered report states about itself before its first section: title, date, session, symbol,
 * language. Only the front matter is read, so that a date in paragraph 11 is not taken for the report's.
 * The symbol may also come from a running head left in the text by the conversion.
 */
record ReportFacts(Optional<String> title, Optional<LocalDate> date, Optional<Integer> session,
        Optional<String> symbol, String language) {

    private static final Pattern BYLINE = Pattern.compile("^Report of the Secretary-General\\b.*");
    private static final Pattern REPORT_TITLE = Pattern.compile("^Report of the \\S.*");
    private static final Pattern FIRST_SECTION = Pattern.compile("^I\\.\\s+\\S.*");
    private static final Pattern STATED_SYMBOL = Pattern.compile("^[A-Z]{1,2}/\\d+/\\d+(?:/[A-Za-z]+\\.\\d+)*$");

    static ReportFacts of(List<String> blocks) {
        List<String> front = frontMatter(blocks);
        return new ReportFacts(title(front), FrontMatter.date(front), FrontMatter.session(front),
                symbol(front, blocks), FrontMatter.language(front));
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

    private static Optional<String> symbol(List<String> front, List<String> blocks) {
        Optional<String> stated = front.stream().map(InlineMarkup::plain)
                .filter(b -> STATED_SYMBOL.matcher(b).matches()).findFirst();
        if (stated.isPresent()) {
            return stated;
        }
        return blocks.stream().map(LayoutArtefacts::runningHeadSymbol).flatMap(Optional::stream).findFirst();
    }
}
