package org.peacetrack.exports;

/**
 * Cells of a CSV file as spreadsheets read them. A text that starts with =, +, - or @ (or a tab or carriage
 * return, which some spreadsheets skip before one) would be run as a formula when the file is opened
 * (OWASP: CSV injection); it is written with a leading apostrophe, which spreadsheets show as text.
 * Numbers are written as they are.
 */
final class CsvCells {

    private CsvCells() {
    }

    static Object neutralised(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
