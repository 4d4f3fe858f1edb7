package org.peacetrack.extraction.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peacetrack.extraction.NumberedText;

/**
 * The figure finder under a coverage-guided fuzzer (ADR 0050): any prose, cut into paragraphs at blank lines,
 * gives figures whose phrase is the exact text of their own paragraph, and a list of disagreements, in bounded
 * time. Without JAZZER_FUZZ the corpus in FigureFinderFuzzTestInputs runs as tests.
 */
class FigureFinderFuzzTest {

    private static final FigureFinder FINDER = new FigureFinder();

    @FuzzTest(maxDuration = "10s")
    void anyProseGivesFiguresQuotedFromTheirParagraph(byte[] content) {
        List<NumberedText> paragraphs = new ArrayList<>();
        Map<String, String> textOf = new HashMap<>();
        String[] blocks = new String(content, StandardCharsets.UTF_8).split("\n\\s*\n");
        for (int i = 0; i < blocks.length; i++) {
            paragraphs.add(new NumberedText(String.valueOf(i + 1), blocks[i]));
            textOf.put(String.valueOf(i + 1), blocks[i]);
        }

        List<StatedFigure> figures = FINDER.find(paragraphs);

        for (StatedFigure figure : figures) {
            assertThat(textOf.get(figure.paragraph())).as("the paragraph a figure names").contains(figure.phrase());
        }
        assertThat(FINDER.disagreements(figures)).isNotNull();
    }
}
