package org.peacetrack.register;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Special Committee reports to the General Assembly session that precedes its substantive session:
 * its 2024 report is A/78/19, its 2023 report A/77/19.
 */
public final class C34Sessions {

    private static final Pattern REPORT_SYMBOL = Pattern.compile("A/(\\d{2,3})/19");
    private static final int SESSION_OFFSET = 1946;

    private C34Sessions() {
    }

    public static int yearOf(String reportSymbol) {
        Matcher m = REPORT_SYMBOL.matcher(reportSymbol);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a Special Committee report symbol: " + reportSymbol);
        }
        return Integer.parseInt(m.group(1)) + SESSION_OFFSET;
    }

    public static String symbolOf(int year) {
        return "A/" + (year - SESSION_OFFSET) + "/19";
    }
}
