package org.peacetrack.extraction;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the facts that United Nations documents state on their first page: date, session, language. */
final class FrontMatter {

    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4})\\b");
    private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern SESSION = Pattern.compile("\\b([A-Za-z]+(?:-[a-z]+)?) session\\b");
    private static final Pattern ORIGINAL = Pattern.compile("Original:\\s*([A-Za-z]+)");
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final List<String> UNIT_ORDINALS = List.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final int HEAD_BLOCKS = 25;

    private FrontMatter() {
    }

    static Optional<LocalDate> date(List<String> blocks) {
        for (String block : head(blocks)) {
            Matcher m = DATE.matcher(InlineMarkup.plain(block));
            if (m.find()) {
                try {
                    return Optional.of(LocalDate.parse(m.group(1), DATE_FORMAT));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Integer> session(List<String> blocks) {
        for (String block : head(blocks)) {
            Matcher m = SESSION.matcher(InlineMarkup.plain(block));
            if (m.find()) {
                Optional<Integer> n = ordinal(m.group(1));
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    static String language(List<String> blocks) {
        for (String block : head(blocks)) {
            Matcher m = ORIGINAL.matcher(block);
            if (m.find()) {
                return m.group(1).substring(0, 2).toLowerCase(Locale.ROOT);
            }
        }
        return "en";
    }

    /** "Seventy-ninth" is 79; "seventieth" is 70; "fifth" is 5. */
    static Optional<Integer> ordinal(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = TENS.get(w.substring(0, dash));
            int unit = UNIT_ORDINALS.indexOf(w.substring(dash + 1)) + 1;
            return tens != null && unit > 0 && unit < 10 ? Optional.of(tens + unit) : Optional.empty();
        }
        int unit = UNIT_ORDINALS.indexOf(w);
        if (unit >= 0) {
            return Optional.of(unit + 1);
        }
        return TENS.entrySet().stream()
                .filter(e -> w.equals(e.getKey().substring(0, e.getKey().length() - 1) + "ieth"))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static List<String> head(List<String> blocks) {
        return blocks.subList(0, Math.min(HEAD_BLOCKS, blocks.size()));
    }
}
