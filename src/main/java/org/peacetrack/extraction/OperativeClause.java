package org.peacetrack.extraction;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operative part of a Special Committee paragraph: "The Special Committee [, clause,] [adverbs] verb
 * addressee to ...". When the opening verb only acknowledges something ("welcomes X, and requests the
 * Secretariat to ...") the later directive verb is the operative one. The addressee is read from the
 * words between the verb and the action asked for; acknowledging verbs name no addressee, since whoever
 * they mention is not asked to act.
 */
record OperativeClause(String verb, Addressee addressee) {

    private static final String ADVERBS = "(?:(?:also|further|again|once|\\p{Ll}+ly)\\s+)*";
    private static final String VERB = "(\\p{Ll}+s(?:\\s+(?:upon|on|note|forward))?)\\b";
    private static final Pattern OPENING = Pattern.compile("^The Special Committee(?:,.{1,300}?,)?\\s+" + ADVERBS + VERB + "(.*)$");
    private static final Pattern LATER_DIRECTIVE = Pattern.compile(
            "\\band\\s+" + ADVERBS + "(requests|urges|encourages|recommends|calls upon|calls on|invites|asks)\\b(.*)$");
    private static final Set<String> ACKNOWLEDGING = Set.of("welcomes", "notes", "takes note", "recognizes",
            "acknowledges", "commends", "appreciates", "expresses", "reaffirms", "recalls", "reiterates", "looks forward");
    private static final Pattern THAT = Pattern.compile("^\\s*that\\s+");
    private static final Pattern SPAN_END = Pattern.compile("\\s+to\\s|[,;:.]");
    private static final Pattern SECRETARIAT = Pattern.compile(
            "\\b(?:Secretariat|Secretary-General|Departments?|Under-Secretar\\p{L}*|missions?|mission leadership)\\b");
    private static final Pattern MEMBER_STATES = Pattern.compile(
            "\\b(?:Member States|States|contributing countries|host (?:countries|Governments?))\\b");
    private static final int WORDS_OF_A_SUBJECT = 6;
    private static final int WORDS_OF_AN_OBJECT = 12;

    /** The clause of a paragraph that opens with "The Special Committee", or null for any other paragraph. */
    static OperativeClause of(String text) {
        Matcher opening = OPENING.matcher(text);
        if (!opening.matches()) {
            return null;
        }
        String verb = opening.group(1);
        String rest = opening.group(2);
        if (ACKNOWLEDGING.contains(verb)) {
            Matcher later = LATER_DIRECTIVE.matcher(rest);
            if (!later.find()) {
                return new OperativeClause(verb, null);
            }
            verb = later.group(1);
            rest = later.group(2);
        }
        return new OperativeClause(verb, addressee(rest));
    }

    private static Addressee addressee(String afterVerb) {
        Matcher that = THAT.matcher(afterVerb);
        String span = that.find() ? words(afterVerb.substring(that.end()), WORDS_OF_A_SUBJECT)
                : words(afterVerb, WORDS_OF_AN_OBJECT);
        Matcher end = SPAN_END.matcher(span);
        if (end.find()) {
            span = span.substring(0, end.start());
        }
        boolean secretariat = SECRETARIAT.matcher(span).find();
        boolean memberStates = MEMBER_STATES.matcher(span).find();
        if (secretariat && memberStates) {
            return Addressee.BOTH;
        }
        return secretariat ? Addressee.SECRETARIAT : memberStates ? Addressee.MEMBER_STATES : null;
    }

    private static String words(String text, int count) {
        String[] words = text.strip().split("\\s+");
        return " " + String.join(" ", Arrays.copyOf(words, Math.min(count, words.length))) + " ";
    }
}
