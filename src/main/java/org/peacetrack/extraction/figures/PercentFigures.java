package org.peacetrack.extraction.figures;

import static org.peacetrack.extraction.figures.FigureNumbers.NOT_AFTER;
import static org.peacetrack.extraction.figures.FigureNumbers.NUMBER;
import static org.peacetrack.extraction.figures.FigureNumbers.PERCENT;
import static org.peacetrack.extraction.figures.FigureNumbers.QUALIFIER;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shares: "33 per cent of civilian personnel", "41% of all civilian senior leadership posts". A share
 * without its own "of ..." ("up from 31 per cent") is of the same thing as the share before it.
 */
final class PercentFigures {

    private static final Pattern SHARE = Pattern.compile(QUALIFIER + NOT_AFTER + "(" + NUMBER + ")" + PERCENT);
    private static final Pattern OF = Pattern.compile("\\s+of(?:\\s+the)?(?=\\s)");
    private static final int CONTEXT_BEFORE = 60;

    private PercentFigures() {
    }

    static List<FigureMention> in(String sentence) {
        List<FigureMention> found = new ArrayList<>();
        Matcher m = SHARE.matcher(sentence);
        String previousSubject = null;
        while (m.find()) {
            int end = m.end();
            String subject;
            Matcher of = OF.matcher(sentence).region(end, sentence.length());
            SubjectWords.Span span = of.lookingAt() ? SubjectWords.after(sentence, of.end()) : null;
            if (span != null && !span.isEmpty()) {
                subject = sentence.substring(span.start(), span.end());
                end = span.end();
            } else if (previousSubject != null) {
                subject = previousSubject;
            } else {
                subject = SubjectWords.before(sentence, m.start());
            }
            previousSubject = subject;
            String context = sentence.substring(Math.max(0, m.start() - CONTEXT_BEFORE),
                    Math.min(sentence.length(), end + 20));
            found.add(new FigureMention(m.start(), end, FigureNumbers.value(m.group(1)), "percent", subject, context,
                    StatedDates.yearAt(sentence, end), null));
        }
        return found;
    }
}
