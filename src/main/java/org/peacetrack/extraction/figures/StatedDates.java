package org.peacetrack.extraction.figures;

import static org.peacetrack.extraction.figures.FigureNumbers.MONTH;
import static org.peacetrack.extraction.figures.FigureNumbers.YEAR;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates that figures refer to: "28 October 2020", "October 2019", "2017". */
public final class StatedDates {

    /** A date as the documents write it, with the day and month optional. */
    static final String WHEN = "(?:\\d{1,2}\\s+)?(?:" + MONTH + "\\s+)?" + YEAR;

    private static final Pattern FULL_DATE = Pattern.compile("(\\d{1,2})\\s+(" + MONTH + ")\\s+(" + YEAR + ")");
    private static final Pattern ANY_YEAR = Pattern.compile(YEAR);
    private static final Pattern CUT_OFF = Pattern.compile("\\b[Aa]s (?:at|of) (" + WHEN + ")(?![\\w/])");

    private static final Pattern YEAR_AFTER = Pattern.compile("\\s+(?:in|during)\\s+(" + YEAR + ")(?![\\w/])");

    private StatedDates() {
    }

    static Integer year(String when) {
        Matcher m = ANY_YEAR.matcher(when);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    /**
     * The full date, or null when the day is not stated ("as of August 2020") or is no day of that month
     * ("0 March 2020", "56 October 2020": a misprint or a table's numbers run together, found by the fuzzer).
     */
    public static LocalDate date(String when) {
        Matcher m = FULL_DATE.matcher(when);
        if (!m.find()) {
            return null;
        }
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(3)), Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)));
        int day = Integer.parseInt(m.group(1));
        return month.isValidDay(day) ? month.atDay(day) : null;
    }

    /** The year in "... in 2018" right at {@code from}, or null. */
    static Integer yearAt(String sentence, int from) {
        Matcher m = YEAR_AFTER.matcher(sentence).region(from, sentence.length());
        return m.lookingAt() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The sentence's "as at ..." or "as of ..." date, as written, or null. */
    static String cutOffIn(String sentence) {
        Matcher m = CUT_OFF.matcher(sentence);
        return m.find() ? m.group(1) : null;
    }
}
