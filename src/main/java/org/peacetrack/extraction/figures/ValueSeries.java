package org.peacetrack.extraction.figures;

import static org.peacetrack.extraction.figures.FigureNumbers.NOT_AFTER;
import static org.peacetrack.extraction.figures.FigureNumbers.NUMBER;
import static org.peacetrack.extraction.figures.FigureNumbers.PERCENT;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values tied to their own time: "27 in 2018", "9 as at 28 October 2020", and runs of them such as "from 58
 * in 2017 to 27 in 2018, 23 in 2019 and 9 as at 28 October 2020", which share the subject stated before
 * the run.
 */
final class ValueSeries {

    private static final Pattern ITEM = Pattern.compile(NOT_AFTER + "(" + NUMBER + ")(" + PERCENT + ")?\\s+"
            + "(in|during|as (?:at|of))\\s+(" + StatedDates.WHEN + ")(?![\\w/])");
    private static final Pattern JOINER = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+(?:and|to)\\s+");

    private ValueSeries() {
    }

    static List<FigureMention> in(String sentence) {
        List<FigureMention> found = new ArrayList<>();
        Matcher m = ITEM.matcher(sentence);
        int previousEnd = -1;
        String subject = null;
        while (m.find()) {
            if (FigureNumbers.isYear(m.group(1))) {
                continue;
            }
            boolean continuesRun = previousEnd >= 0
                    && JOINER.matcher(sentence.substring(previousEnd, m.start())).matches();
            if (!continuesRun) {
                subject = SubjectWords.before(sentence, m.start());
            }
            found.add(item(m, subject));
            previousEnd = m.end();
        }
        return found;
    }

    private static FigureMention item(Matcher m, String subject) {
        String when = m.group(4);
        boolean cutOff = m.group(3).startsWith("as");
        String unit = m.group(2) == null ? "count" : "percent";
        return new FigureMention(m.start(), m.end(), FigureNumbers.value(m.group(1)), unit, subject, subject,
                StatedDates.year(when), cutOff ? StatedDates.date(when) : null);
    }
}
