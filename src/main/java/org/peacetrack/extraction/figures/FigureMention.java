package org.peacetrack.extraction.figures;

import java.time.LocalDate;

/**
 * One figure as a pattern read it from a sentence, before its measure is named. {@code start} and
 * {@code end} delimit the phrase in the sentence; {@code context} is the sentence text around it that
 * the vocabulary may look at ("women making up ...").
 */
record FigureMention(int start, int end, double value, String unit, String subject, String context,
        Integer year, LocalDate asOf) {

    boolean overlaps(FigureMention other) {
        return start < other.end && other.start < end;
    }

    FigureMention withDate(Integer newYear, LocalDate newAsOf) {
        return new FigureMention(start, end, value, unit, subject, context, newYear, newAsOf);
    }
}
