package org.peacetrack.register;

/** The first words of a text, cut at a word boundary, as lists show what an item is about. */
final class OpeningWords {

    static final int MAX_CHARS = 180;

    private OpeningWords() {
    }

    static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= MAX_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', MAX_CHARS);
        return flat.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS).replaceAll("[\\s,;:.]+$", "") + "…";
    }
}
