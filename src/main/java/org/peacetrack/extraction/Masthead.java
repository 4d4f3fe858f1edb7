package org.peacetrack.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetrack.extraction.figures.StatedDates;

/**
 * What the first page of a United Nations document states in its masthead: symbol, distribution, date,
 * original language, and for the General Assembly the session and agenda item; then the title lines. Each
 * is null where the document does not state it. Only the lines before the first section or numbered
 * paragraph are read, so that a date or a symbol quoted in the text is never taken for the document's.
 */
record Masthead(String symbol, String distribution, LocalDate date, String language, Integer session,
        String agendaItem, List<String> titleLines) {

    private static final Pattern DISTRIBUTION = Pattern.compile("\\bDistr\\.:?\\s*(General|Limited|Restricted)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("(?:^|\\s)(\\d{1,2} (?:January|February|March|April|May|June|"
            + "July|August|September|October|November|December) (?:19|20)\\d{2})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL = Pattern.compile("^(?:Original:\\s*(\\p{L}+)|(\\p{L}+) only)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SESSION = Pattern.compile("^(?:Resumed\\s+)?(\\p{L}+(?:-\\p{L}+)?) session$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENDA_ITEM = Pattern.compile(
            "^(?:Agenda items?|Items?) (\\d[\\d\\s(),a-z]*?)(?: of the (?:provisional agenda|preliminary list))?\\**$");
    private static final Pattern MASTHEAD_NAME = Pattern.compile("^(?:United Nations|UNITED NATIONS)(?: [A-Z])?$");
    private static final Pattern ORGAN = Pattern.compile("^(?:General Assembly|Security Council|Economic and Social "
            + "Council|Secretariat)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_START = Pattern.compile("^(?:[IVXL]{1,6}|\\d{1,3})\\.\\s+\\S");
    private static final Pattern PLACE_AND_DATES = Pattern.compile("^(?:New York|Geneva|Vienna|Nairobi), .*\\d{4}$");
    private static final Pattern NOT_A_TITLE = Pattern.compile("^(?:Contents|Summary|Page|Annex)$|\\$|\\.\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^(?:Report|Note|Letter|Identical letters)\\b.*(?:by|of) the\\b.*");
    private static final Map<String, String> LANGUAGES = Map.of("english", "en", "french", "fr", "spanish", "es",
            "russian", "ru", "arabic", "ar", "chinese", "zh");
    private static final int HEAD_BLOCKS = 25;
    private static final int LONGEST_TITLE_LINE = 400;
    private static final int MOST_TITLE_LINES = 5;

    Masthead {
        titleLines = List.copyOf(titleLines);
    }

    static Masthead read(List<String> blocks) {
        List<String> head = head(blocks);
        String symbol = null;
        String distribution = null;
        LocalDate date = null;
        String language = null;
        Integer session = null;
        String agendaItem = null;
        List<String> title = new ArrayList<>();
        boolean titleClosed = false;
        for (String line : head) {
            boolean field = false;
            Optional<String> stated = statedSymbol(line);
            if (symbol == null && title.isEmpty() && stated.isPresent()) {
                symbol = stated.get();
                field = true;
            }
            Matcher distr = DISTRIBUTION.matcher(line);
            if (distribution == null && distr.find()) {
                distribution = capitalised(distr.group(1));
                field = true;
            }
            Matcher d = DATE.matcher(line);
            if (date == null && d.find() && (d.start(1) == 0 || distr.find(0) || stated.isPresent())) {
                date = StatedDates.date(capitalisedMonth(d.group(1)));
                field = true;
            }
            Matcher original = ORIGINAL.matcher(line);
            if (language == null && original.matches()) {
                language = LANGUAGES.get((original.group(1) != null ? original.group(1) : original.group(2))
                        .toLowerCase(Locale.ROOT));
                field = true;
            }
            Matcher s = SESSION.matcher(line);
            if (session == null && s.matches() && FrontMatter.ordinal(s.group(1)).isPresent()) {
                session = FrontMatter.ordinal(s.group(1)).get();
                field = true;
            }
            Matcher item = AGENDA_ITEM.matcher(line);
            if (agendaItem == null && item.matches()) {
                agendaItem = item.group(1).strip();
                field = true;
            }
            field |= MASTHEAD_NAME.matcher(line).matches() || ORGAN.matcher(line).matches()
                    || PLACE_AND_DATES.matcher(line).matches();
            boolean afterMasthead = symbol != null || date != null || session != null;
            if (!field && !titleClosed && afterMasthead) {
                titleClosed = !takeTitleLine(line, title);
            }
        }
        if (session == null && symbol != null) {
            session = UnSymbol.session(symbol).orElse(null);
        }
        return new Masthead(symbol, distribution, date, language, session, agendaItem, title);
    }

    /** The year the document is of: its date's, else the one its symbol states or its session opened in. */
    Integer year() {
        if (date != null) {
            return date.getYear();
        }
        Optional<Integer> fromSymbol = symbol == null ? Optional.empty() : UnSymbol.year(symbol);
        return fromSymbol.orElse(session == null ? null : UnSymbol.sessionYear(session));
    }

    /** The title as its lines give it: "Financing of ...: Budget performance ...: Report of ...". */
    Optional<String> title() {
        if (titleLines.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder title = new StringBuilder(titleLines.get(0));
        for (int i = 1; i < titleLines.size(); i++) {
            String line = titleLines.get(i);
            boolean wrapped = Character.isLowerCase(line.codePointAt(0))
                    || isCapitals(titleLines.get(i - 1)) && isCapitals(line);
            title.append(wrapped ? " " : ": ").append(line);
        }
        return Optional.of(title.toString());
    }

    private static boolean isCapitals(String line) {
        return line.equals(line.toUpperCase(Locale.ROOT));
    }

    /** Adds a title line and says whether more may follow: a byline ("Report of the ...") is the last. */
    private static boolean takeTitleLine(String line, List<String> title) {
        if (line.length() > LONGEST_TITLE_LINE || NOT_A_TITLE.matcher(line).find() || title.size() >= MOST_TITLE_LINES) {
            return title.isEmpty();
        }
        if (!title.contains(line)) {
            title.add(line);
        }
        return !BYLINE.matcher(line).matches();
    }

    /** The masthead prints the symbol beside "United Nations" or alone, with the date after it in old layouts. */
    private static Optional<String> statedSymbol(String line) {
        Optional<String> found = UnSymbol.find(line);
        if (found.isEmpty()) {
            return found;
        }
        String rest = line.replaceFirst(UnSymbol.SYMBOL.pattern(), "").strip();
        boolean beside = rest.isEmpty() || MASTHEAD_NAME.matcher(rest).find() || DATE.matcher(rest).matches()
                || rest.length() <= 1;
        return beside ? found : Optional.empty();
    }

    private static List<String> head(List<String> blocks) {
        List<String> head = new ArrayList<>();
        for (String block : blocks.subList(0, Math.min(HEAD_BLOCKS, blocks.size()))) {
            String line = InlineMarkup.heading(block.replaceAll("</?sup>", " "));
            if (BODY_START.matcher(line).find()) {
                break;
            }
            if (!line.isEmpty() && (UnSymbol.whole(line).isPresent() || !LayoutArtefacts.isArtefact(line))) {
                head.add(line);
            }
        }
        return head;
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String capitalisedMonth(String date) {
        String[] parts = date.split(" ");
        return parts[0] + " " + capitalised(parts[1]) + " " + parts[2];
    }
}
