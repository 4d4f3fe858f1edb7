package org.peacetrack.documents.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peacetrack.documents.pdf.PdfLines.Line;

/**
 * The body text's font size and line spacing, as the most common ones in the document. The line spacing is
 * the commonest gap between lines of body type that a line spacing can be (0.9 to 1.6 times the size), so
 * that a document of many short paragraphs does not take its paragraph spacing for it.
 */
final class PdfMetrics {

    private static final float DEFAULT_SIZE = 10f;

    private PdfMetrics() {
    }

    static float bodySize(List<List<Line>> pages) {
        Map<Float, Integer> weight = new HashMap<>();
        pages.forEach(page -> page.forEach(line -> weight.merge(line.size(), line.text().length(), Integer::sum)));
        return mode(weight, DEFAULT_SIZE);
    }

    static float leading(List<List<Line>> pages, float bodySize) {
        Map<Float, Integer> gaps = new HashMap<>();
        for (List<Line> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                if (page.get(i).size() == bodySize && page.get(i - 1).size() == bodySize) {
                    float gap = Math.round((page.get(i).baseline() - page.get(i - 1).baseline()) * 2) / 2f;
                    if (gap > 0) {
                        gaps.merge(gap, 1, Integer::sum);
                    }
                }
            }
        }
        Map<Float, Integer> lineSpacings = new HashMap<>(gaps);
        lineSpacings.keySet().removeIf(gap -> gap < bodySize * 0.9f || gap > bodySize * 1.6f);
        return mode(lineSpacings, mode(gaps, bodySize * 1.2f));
    }

    private static float mode(Map<Float, Integer> counts, float fallback) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback);
    }
}
