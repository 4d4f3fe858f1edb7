package org.peacetrack.register;

import org.peacetrack.extraction.Addressee;

/**
 * One paragraph of the Special Committee's recommendations chapter, as its report states it. {@code theme}
 * is the section it sits in (the A4P themes); {@code addressee} is whom it asks to act, or null
 * when its verb does not say.
 */
public record C34Recommendation(int number, long paragraphId, String theme, String text, String operativeVerb,
        Addressee addressee) {
}
