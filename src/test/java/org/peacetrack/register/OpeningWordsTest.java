package org.peacetrack.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OpeningWordsTest {

    /** What lists showed before the one-pass version: the whole text collapsed with regular expressions. */
    private static String collapsingTheWholeText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= OpeningWords.MAX_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', OpeningWords.MAX_CHARS);
        return flat.substring(0, cut > OpeningWords.MAX_CHARS / 2 ? cut : OpeningWords.MAX_CHARS)
                .replaceAll("[\\s,;:.]+$", "") + "…";
    }

    @Test
    void theOpeningIsTheSameAsCollapsingTheWholeTextForAnyText() {
        // words, every kind of whitespace Java knows (some are \s, some only strip()'s), punctuation, non-Latin
        String[] pieces = {"word", "Committee", "a", "peacekeeping", " ", "  ", "\n", "\t", "\r\n", "\u000B", "\f",
            "\u00A0", "\u2028", "\u3000", "\u001C", ",", ";", ":", ".", "…", "é", "ضمان", "x".repeat(90),
            " ".repeat(200)};
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(120);
            for (int p = 0; p < parts; p++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertThat(OpeningWords.of(t)).as("opening of [%s]", t).isEqualTo(collapsingTheWholeText(t));
        }
    }

    @Test
    void aTextOfExactlyTheLimitAfterCollapsingIsKeptWhole() {
        String text = "a".repeat(OpeningWords.MAX_CHARS - 2) + "  \n b" + " \t\n ";
        assertThat(OpeningWords.of(text)).isEqualTo("a".repeat(OpeningWords.MAX_CHARS - 2) + " b");
    }
}
