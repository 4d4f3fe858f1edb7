package org.peacetrack.extraction;

import java.time.LocalDate;

/**
 * What a recogniser learnt about a document as a whole. {@code symbol} and {@code session} may be null
 * when the text does not state them.
 */
public record DocumentFacts(
        DocumentKind kind,
        String title,
        LocalDate date,
        String respondsTo,
        String symbol,
        Integer session,
        String language) {
}
