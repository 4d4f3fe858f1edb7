package org.peacetrack.reporting.addendum;

import java.util.List;

/** A session's ordinal as a masthead writes it: "Seventy-ninth", "Eightieth", "Hundred and first". */
final class EnglishOrdinals {

    private static final List<String> UNITS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");

    private EnglishOrdinals() {
    }

    static String of(int n) {
        String words = n >= 100 ? "hundred" + (n % 100 == 0 ? "th" : " and " + below100(n % 100)) : below100(n);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String below100(int n) {
        if (n < 20) {
            return UNITS.get(n);
        }
        String tens = TENS.get(n / 10);
        return n % 10 == 0 ? tens.substring(0, tens.length() - 1) + "ieth" : tens + "-" + UNITS.get(n % 10);
    }
}
