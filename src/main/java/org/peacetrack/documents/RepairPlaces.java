package org.peacetrack.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the paragraph each repair lies in, by the words around it as read: repairs come in reading order, so
 * each is looked for from where the one before was found on, then from the start. A repair whose words no
 * stored paragraph holds (it lies in a heading or a footnote, or a recogniser left its paragraph out) or that
 * has no place (a ligature counted over the document) has none; no repair is put in a paragraph by its
 * word alone.
 */
final class RepairPlaces {

    private final List<String> texts;
    private int paragraph;
    private int offset;

    /** The stored paragraphs' texts in their order. */
    RepairPlaces(List<String> texts) {
        this.texts = texts;
    }

    /** The position (index into the texts) of the paragraph each repair lies in, null where none. */
    List<Integer> of(List<TextRepair> repairs) {
        List<Integer> places = new ArrayList<>();
        for (TextRepair repair : repairs) {
            places.add(place(repair));
        }
        return places;
    }

    private Integer place(TextRepair repair) {
        if (repair.context() == null) {
            return null;
        }
        for (String words : windows(repair.context(), repair.repaired())) {
            Integer found = find(words);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The context whole, then from the repaired span on and up to its end, for a paragraph whose recogniser
     * took off what stood before it (a number) or after it; each at least two words.
     */
    private static List<String> windows(String context, String repaired) {
        List<String> windows = new ArrayList<>(List.of(context));
        int at = context.indexOf(repaired);
        if (at >= 0) {
            windows.add(context.substring(at));
            windows.add(context.substring(0, at + repaired.length()));
        }
        return windows.stream().map(String::strip).filter(w -> w.split("\\s+").length >= 2).distinct().toList();
    }

    private Integer find(String words) {
        for (int i = paragraph; i < texts.size(); i++) {
            int at = texts.get(i).indexOf(words, i == paragraph ? offset : 0);
            if (at >= 0) {
                paragraph = i;
                offset = at + 1;
                return i;
            }
        }
        for (int i = 0; i <= Math.min(paragraph, texts.size() - 1); i++) {
            int at = texts.get(i).indexOf(words);
            if (at >= 0) {
                paragraph = i;
                offset = at + 1;
                return i;
            }
        }
        return null;
    }
}
