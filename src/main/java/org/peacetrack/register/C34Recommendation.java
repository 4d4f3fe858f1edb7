package org.peacetrack.register;

/**
 * One paragraph of the Special Committee's recommendations chapter, as its report states it. {@code theme}
 * is the section it sits in (the A4P themes); {@code addressee} is SECRETARIAT, MEMBER_STATES, BOTH or null.
 */
public record C34Recommendation(int number, long paragraphId, String theme, String text, String operativeVerb,
        String addressee) {
}
