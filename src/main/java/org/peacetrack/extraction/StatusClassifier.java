package org.peacetrack.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides an addendum entry's status from its opening sentence. The rules are the set phrases the
 * Secretariat uses; anything else is a substantive progress report (NARRATIVE).
 */
final class StatusClassifier {

    private record Rule(Pattern pattern, EntryStatus status, double confidence) {
    }

    /** Wording no rule knows stays a narrative, with a confidence below every rule's. */
    static final double UNKNOWN_WORDING = 0.6;
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s+[\\p{Lu}\"“(]|\\s*$)");

    private static final String RECOMMENDATION = "(?:the|this) (?:recommendation|request)";
    private static final List<Rule> RULES = List.of(
            rule("^(?:with regard to [^,]+, )?implementation (?:is|remains) (?:ongoing|under way|in progress)", EntryStatus.ONGOING, 0.95),
            rule("^(?:with regard to [^,]+, )?implementation (?:continues|has (?:begun|started))\\b", EntryStatus.ONGOING, 0.9),
            rule("^(?:" + RECOMMENDATION + " (?:is|has been) (?:being implemented|partially implemented)"
                    + "|implementation (?:is|has been) partially (?:completed|complete)|(?:ongoing|in progress)\\.$)",
                    EntryStatus.ONGOING, 0.9),
            rule("^(?:(?:fully )?implemented\\.$|completed\\.$|implementation (?:has been|was|is) (?:fully )?complet(?:ed|e)\\b"
                    + "|" + RECOMMENDATION + " (?:has been|was) (?:fully )?implemented\\b)", EntryStatus.IMPLEMENTED, 0.9),
            rule("^the secretariat (?:notes|has noted|acknowledges) the (?:special committee's )?recommendation"
                    + "|^noted\\.$", EntryStatus.NOTED, 0.85),
            rule("^please refer to the status of recommendation", EntryStatus.SEE_PRIOR, 0.95),
            rule("\\b(?:takes|has taken|took) note of\\b", EntryStatus.NOTED, 0.9),
            rule("\\baddressed to member states\\b", EntryStatus.ADDRESSED_TO_MEMBER_STATES, 0.95),
            rule("^no (?:status )?update (?:is )?requested", EntryStatus.NO_UPDATE_REQUESTED, 0.95),
            rule("\\bbriefing\\b.*\\bwill be (?:provided|delivered|shared|given)|will be shared through an? (?:informal )?briefing",
                    EntryStatus.BRIEFING_PENDING, 0.9));

    private StatusClassifier() {
    }

    static StatusAssessment classify(String entryText) {
        String sentence = openingSentence(entryText);
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(lower).find()) {
                return new StatusAssessment(rule.status(), sentence, rule.confidence());
            }
        }
        return new StatusAssessment(EntryStatus.NARRATIVE, sentence, UNKNOWN_WORDING);
    }

    static String openingSentence(String text) {
        String firstParagraph = text.strip().split("\n", 2)[0];
        Matcher m = FIRST_SENTENCE.matcher(firstParagraph);
        return m.find() ? m.group(1) : firstParagraph;
    }

    private static Rule rule(String regex, EntryStatus status, double confidence) {
        return new Rule(Pattern.compile(regex), status, confidence);
    }
}
