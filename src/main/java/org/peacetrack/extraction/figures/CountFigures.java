package org.peacetrack.extraction.figures;

import static org.peacetrack.extraction.figures.FigureNumbers.MONTH;
import static org.peacetrack.extraction.figures.FigureNumbers.NOT_AFTER;
import static org.peacetrack.extraction.figures.FigureNumbers.NUMBER;
import static org.peacetrack.extraction.figures.FigureNumbers.QUALIFIER;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts followed by what they count: "100 Assessment and Advisory Visits", "over 80,000 data points",
 * "68 military contingents". A number with no noun after it, a year, a day of a date or a reference
 * number ("recommendation 37") is not a count.
 */
final class CountFigures {

    private static final Pattern COUNT = Pattern.compile(QUALIFIER + NOT_AFTER + "(" + NUMBER + ")(?![\\w/:%]|[.,]\\d)");
    private static final Pattern DAY_OF_DATE = Pattern.compile("\\s+" + MONTH + "\\b");
    private static final Pattern REFERENCE_BEFORE = Pattern.compile("(?i:paragraphs?|recommendations?|resolutions?"
            + "|figure|annex|section|page|chapter|article|rule|No\\.|level)\\s+$");
    private static final int CONTEXT_AROUND = 60;

    private CountFigures() {
    }

    static List<FigureMention> in(String sentence) {
        List<FigureMention> found = new ArrayList<>();
        Matcher m = COUNT.matcher(sentence);
        while (m.find()) {
            int numberEnd = m.end(1);
            if (FigureNumbers.isYear(m.group(1)) || isDayOrReference(sentence, m.start(1), numberEnd)) {
                continue;
            }
            SubjectWords.Span span = SubjectWords.after(sentence, numberEnd);
            if (span.isEmpty()) {
                continue;
            }
            String context = sentence.substring(Math.max(0, m.start() - CONTEXT_AROUND),
                    Math.min(sentence.length(), span.end() + CONTEXT_AROUND));
            found.add(new FigureMention(m.start(), span.end(), FigureNumbers.value(m.group(1)), "count",
                    sentence.substring(span.start(), span.end()), context, StatedDates.yearAt(sentence, span.end()),
                    null));
        }
        return found;
    }

    private static boolean isDayOrReference(String sentence, int start, int end) {
        return DAY_OF_DATE.matcher(sentence).region(end, sentence.length()).lookingAt()
                || REFERENCE_BEFORE.matcher(sentence.substring(Math.max(0, start - 20), start)).find();
    }
}
