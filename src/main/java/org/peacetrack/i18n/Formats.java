package org.peacetrack.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and numbers as the page's language writes them, for templates ({@code ${@fmt.date(d)}}):
 * "25 October 2024" / "25 octobre 2024", "1,234" / "1 234", "0.88" / "0,88". Null stays null, so that
 * {@code ${@fmt.date(d)} ?: #{...}} can say what is missing. Times are in UTC and say so.
 */
@Component("fmt")
public class Formats {

    public String date(Temporal value) {
        return date(value, current());
    }

    public String dateTime(Temporal value) {
        return dateTime(value, current());
    }

    public String number(Number value) {
        return number(value, current());
    }

    public String decimal(Number value, int fractionDigits) {
        return decimal(value, fractionDigits, current());
    }

    public static String date(Temporal value, Locale locale) {
        return value == null ? null : pattern("d MMMM uuuu", locale).format(utc(value).toLocalDate());
    }

    public static String dateTime(Temporal value, Locale locale) {
        return value == null ? null : pattern("d MMMM uuuu, HH:mm 'UTC'", locale).format(utc(value));
    }

    /** Whole numbers grouped by thousands; fractions with as many digits as they have, at most two. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Languages.pageLanguage(locale));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** Always this many digits after the decimal separator, rounded half up (a score: "0.80"). */
    public static String decimal(Number value, int fractionDigits, Locale locale) {
        if (value == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Languages.pageLanguage(locale));
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new BigDecimal(value.toString()));
    }

    private static Locale current() {
        return LocaleContextHolder.getLocale();
    }

    private static DateTimeFormatter pattern(String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, Languages.pageLanguage(locale));
    }

    private static LocalDateTime utc(Temporal value) {
        if (value instanceof LocalDate d) {
            return d.atStartOfDay();
        } else if (value instanceof LocalDateTime t) {
            return t;
        } else if (value instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
        } else if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } else if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass().getSimpleName());
    }
}
