package org.peacetrack.indicators;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-style period code: 2020, 2020Q1, 2020-03 or 2020-03-15. Codes of one type sort by time. */
public record Period(String code, Type type, int year) implements Comparable<Period> {

    public enum Type {
        YEAR, QUARTER, MONTH, DAY
    }

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:Q([1-4])|-(\\d{2})(?:-(\\d{2}))?)?");

    public static Period parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a period code (2020, 2020Q1, 2020-03, 2020-03-15): " + code);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new Period(m.group(0), Type.QUARTER, year);
        }
        if (m.group(3) == null) {
            return new Period(m.group(0), Type.YEAR, year);
        }
        int month = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("No month " + month + " in " + code);
        }
        if (m.group(4) != null) {
            LocalDate.parse(m.group(0));
            return new Period(m.group(0), Type.DAY, year);
        }
        return new Period(m.group(0), Type.MONTH, year);
    }

    /** The period of the given type that contains a date. */
    public static Period of(LocalDate date, Type type) {
        return switch (type) {
            case YEAR -> new Period(String.valueOf(date.getYear()), type, date.getYear());
            case QUARTER -> new Period(date.getYear() + "Q" + ((date.getMonthValue() + 2) / 3), type, date.getYear());
            case MONTH -> new Period(String.format("%d-%02d", date.getYear(), date.getMonthValue()), type, date.getYear());
            case DAY -> new Period(date.toString(), type, date.getYear());
        };
    }

    @Override
    public int compareTo(Period other) {
        return code.compareTo(other.code);
    }
}
