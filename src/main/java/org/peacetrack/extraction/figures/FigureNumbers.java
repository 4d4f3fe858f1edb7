package org.peacetrack.extraction.figures;

import java.util.regex.Pattern;

/** The number, month and year shapes that stated figures are written in. */
final class FigureNumbers {

    static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    static final String YEAR = "(?:19|20)\\d{2}";
    /** Not glued to a word, symbol (A/78/19), range, date part or ratio on the left. */
    static final String NOT_AFTER = "(?<![\\w/.,:\\-–])";
    static final String PERCENT = "(?:\\s?%|\\s+per cent|\\s+percent)";
    /** Words that qualify a value and belong to its phrase: "over 80,000", "more than 26 per cent". */
    static final String QUALIFIER = "(?:\\b(?i:over|more than|almost|nearly|about|approximately|some|up to|at least"
            + "|an average of|a total of)\\s+)?";

    private static final Pattern BARE_YEAR = Pattern.compile(YEAR);

    private FigureNumbers() {
    }

    static double value(String written) {
        return Double.parseDouble(written.replace(",", ""));
    }

    /**
     * A four-digit number from 1900 to 2099 written without a thousands separator is read as a year, never
     * as a value: the documents write counts of that size as "2,000".
     */
    static boolean isYear(String written) {
        return BARE_YEAR.matcher(written).matches();
    }
}
