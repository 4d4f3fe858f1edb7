package org.peacetrack.extraction.figures;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/**
 * A quantity stated in a document's prose, as a candidate data point. {@code measure} is a normalised
 * key (equal for the same measure in different documents), {@code subject} the document's own words
 * for what was counted, {@code year} the year the value refers to and {@code asOf} a stated cut-off
 * date; both may be null. {@code phrase} is the exact source text the value was read from.
 */
@NamedInterface("figures")
public record StatedFigure(
        String measure,
        String subject,
        double value,
        String unit,
        Integer year,
        LocalDate asOf,
        String paragraph,
        String phrase) {
}
