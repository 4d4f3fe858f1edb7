package org.peacetrack.documents.docx;

/** Writes a list counter in one of Word's number formats (w:numFmt), as Word displays it. */
final class DocxNumberFormat {

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private DocxNumberFormat() {
    }

    /** Unknown formats (Word's spelled-out and East Asian ones) fall back to decimal digits. */
    static String format(int value, String numFmt) {
        return switch (numFmt == null ? "decimal" : numFmt) {
            case "none", "bullet" -> "";
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase(java.util.Locale.ROOT);
            case "lowerRoman" -> roman(value);
            case "upperRoman" -> roman(value).toUpperCase(java.util.Locale.ROOT);
            case "decimalZero" -> value < 10 && value >= 0 ? "0" + value : Integer.toString(value);
            case "ordinal" -> value + ordinalSuffix(value);
            default -> Integer.toString(value);
        };
    }

    /** Word repeats the letter past z: 27 is "aa", 28 is "bb". */
    private static String letters(int value) {
        if (value <= 0) {
            return Integer.toString(value);
        }
        char letter = (char) ('a' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return Integer.toString(value);
        }
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }

    private static String ordinalSuffix(int value) {
        int lastTwo = value % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch (value % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
