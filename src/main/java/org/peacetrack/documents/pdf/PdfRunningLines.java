package org.peacetrack.documents.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.peacetrack.documents.pdf.PdfLines.Line;

/**
 * Removes running headers and footers: lines in the top or bottom band of a page that repeat on other
 * pages (digits aside, so "3/25" matches "4/25"), or that consist only of a document symbol
 * ("A/79/553/Add.1"), a job number ("24-19527") or a page marker ("3/25", "7").
 */
final class PdfRunningLines {

    private static final float BAND = 0.09f;
    private static final Pattern RUNNING_TOKEN = Pattern.compile(
            "[A-Z]{1,4}(?:/[A-Za-z0-9.\\-]+)+|\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?|\\(?[A-Z]\\)?|\\d{1,4}(?:/\\d{1,4})?|-\\s*\\d{1,4}\\s*-|\\*\\d+\\*|Page|of");

    private PdfRunningLines() {
    }

    static List<List<Line>> strip(List<List<Line>> pages, List<Float> heights) {
        Map<String, Integer> repeats = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (Line line : banded(pages.get(p), heights.get(p))) {
                repeats.merge(shape(line), 1, Integer::sum);
            }
        }
        int often = Math.max(2, (pages.size() + 1) / 2);
        List<List<Line>> stripped = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Line> banded = banded(pages.get(p), heights.get(p));
            List<Line> kept = new ArrayList<>(pages.get(p));
            kept.removeIf(line -> banded.contains(line) && (repeats.get(shape(line)) >= often || isRunningText(line.text())));
            stripped.add(kept);
        }
        return stripped;
    }

    /** The first and last lines, when they sit in the page's top or bottom band. */
    private static List<Line> banded(List<Line> lines, float height) {
        List<Line> banded = new ArrayList<>();
        if (lines.isEmpty()) {
            return banded;
        }
        for (int i = 0; i < Math.min(2, lines.size()); i++) {
            if (lines.get(i).baseline() < height * BAND) {
                banded.add(lines.get(i));
            }
        }
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 2); i--) {
            if (lines.get(i).baseline() > height * (1 - BAND) && !banded.contains(lines.get(i))) {
                banded.add(lines.get(i));
            }
        }
        return banded;
    }

    private static String shape(Line line) {
        return (line.lead() == null ? "" : line.lead() + " ") + line.text().replaceAll("\\d", "#");
    }

    private static boolean isRunningText(String text) {
        String plain = text.replaceAll("</?sup>", "").strip();
        for (String token : plain.split("\\s{1,}")) {
            if (!RUNNING_TOKEN.matcher(token).matches()) {
                return false;
            }
        }
        return !plain.isEmpty();
    }
}
