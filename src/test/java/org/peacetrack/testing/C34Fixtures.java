package org.peacetrack.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The invented C-34 reports in src/test/resources/fixtures/c34 and what their author knows about them:
 * which paragraph of A/78/19 renumbers or rewords which paragraph of A/77/19, and which are new.
 */
public final class C34Fixtures {

    public static final String REPORT_2023 = "A_77_19.md";
    public static final String REPORT_2024 = "A_78_19.txt";

    /** Paragraph of 2024 → the paragraph of 2023 it continues. */
    public static final Map<Integer, Integer> TRUE_PAIRS = pairs(6, 5, 7, 7, 8, 8, 9, 9, 11, 10, 12, 11, 13, 13,
            14, 14, 16, 16, 17, 17, 18, 18, 20, 19, 21, 20, 22, 21, 23, 22, 24, 24, 25, 25, 26, 26, 27, 27);

    /** Paragraphs of 2024 with no predecessor: new requests, or a new ask about a known subject (15). */
    public static final java.util.List<Integer> NEW_IN_2024 = java.util.List.of(10, 15, 19, 28);

    private C34Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = C34Fixtures.class.getResourceAsStream("/fixtures/c34/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, Integer> pairs(int... laterEarlier) {
        Map<Integer, Integer> pairs = new LinkedHashMap<>();
        for (int i = 0; i < laterEarlier.length; i += 2) {
            pairs.put(laterEarlier[i], laterEarlier[i + 1]);
        }
        return pairs;
    }
}
