package org.peacetrack.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A United Nations document symbol as it is printed ("A/80/604/Add.3", "S/2017/223", "A/AC.121/2025/L.1",
 * "A/81/6 (Sect. 5)/Part A"), and what it says about when the document was issued.
 */
final class UnSymbol {

    static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\w/.])([A-Z]{1,5}(?:/(?:[A-Za-z]{1,6}\\.?\\s?\\d{1,4}|\\d{1,4}|[A-Z]{2,6}|Part\\s?[A-Z])"
                    + "(?:\\s?\\(Sect\\.\\s?\\d{1,2}\\))?){2,6})\\**(?![\\w/])");
    private static final Pattern SESSION = Pattern.compile("^A/(\\d{1,2})/");
    private static final Pattern YEAR = Pattern.compile("/((?:19|20)\\d{2})/");
    private static final int FIRST_SESSION_YEAR = 1945;

    private UnSymbol() {
    }

    /** The first symbol in the text, written as the United Nations writes it. */
    static Optional<String> find(String text) {
        Matcher m = SYMBOL.matcher(text);
        return m.find() ? Optional.of(normalised(m.group(1))) : Optional.empty();
    }

    /** A symbol that is the whole of the text, such as a running head. */
    static Optional<String> whole(String text) {
        Matcher m = SYMBOL.matcher(text.strip());
        return m.matches() ? Optional.of(normalised(m.group(1))) : Optional.empty();
    }

    /** Typesetting drops the spaces in "(Sect. 5)" and "Part A"; the symbol has them. */
    static String normalised(String symbol) {
        return symbol.replaceAll("\\s?\\(Sect\\.\\s?(\\d+)\\)", " (Sect. $1)").replaceAll("/Part\\s?([A-Z])\\b", "/Part $1");
    }

    /** The General Assembly session a symbol "A/72/573" belongs to. */
    static Optional<Integer> session(String symbol) {
        Matcher m = SESSION.matcher(symbol);
        return m.find() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /** The year a symbol states ("S/2017/223") or, for the General Assembly, the year its session opened. */
    static Optional<Integer> year(String symbol) {
        Matcher m = YEAR.matcher(symbol + "/");
        if (m.find()) {
            return Optional.of(Integer.valueOf(m.group(1)));
        }
        return session(symbol).map(UnSymbol::sessionYear);
    }

    /** The General Assembly's first session opened in 1946; its n-th opens in September of 1945 + n. */
    static int sessionYear(int session) {
        return FIRST_SESSION_YEAR + session;
    }
}
