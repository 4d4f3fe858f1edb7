package org.peacetrack.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a small invented Special Committee report with the given recommendations, numbered as given and
 * all in the conduct section; the paragraphs before the first are filler in the introduction, because a
 * report numbers its paragraphs from 1. The filler is kept short so that the text does not look like a
 * converter's page-wide wrapped lines.
 */
public final class C34Reports {

    public static final String CONDUCT = "Conduct of peacekeepers and peacekeeping operations";

    private C34Reports() {
    }

    public static byte[] report(String symbol, int year, Map<Integer, String> recommendations) {
        TreeMap<Integer, String> numbered = new TreeMap<>(recommendations);
        StringBuilder text = new StringBuilder("# General Assembly\n\n" + symbol + "\n\n"
                + "## Report of the Special Committee on Peacekeeping Operations\n\n### " + year
                + " substantive session\n\n## I. Introduction\n\n");
        for (int n = 1; n < numbered.firstKey(); n++) {
            text.append(n).append(". The Committee met.\n\n");
        }
        text.append("## III. Proposals, recommendations and conclusions\n\n### A. ").append(CONDUCT).append("\n\n");
        numbered.forEach((n, body) -> text.append(n).append(". ").append(body).append("\n\n"));
        text.append("## IV. Adoption of the report\n\n").append(numbered.lastKey() + 1)
                .append(". The Special Committee adopted the present report.\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
