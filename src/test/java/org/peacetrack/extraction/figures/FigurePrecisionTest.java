package org.peacetrack.extraction.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peacetrack.extraction.Extraction;
import org.peacetrack.extraction.ExtractionService;
import org.peacetrack.extraction.NumberedText;
import org.peacetrack.testing.Seeds;

/**
 * Precision and recall of the figure finder on figures labelled by hand in paragraphs of the seeds
 * (src/test/resources/extraction/figures-gold.tsv); docs/benchmarks.md reports the numbers. A found figure
 * is right when its paragraph and value match a labelled one, its subject contains the labelled words and
 * its year, where both state one, is the same.
 */
class FigurePrecisionTest {

    private static final double PRECISION_FLOOR = 0.9;
    private static final double RECALL_FLOOR = 0.85;
    private static final Map<String, String> SEEDS = Map.of("000", Seeds.REPORT_2020, "001", Seeds.ADDENDUM_2024,
            "003", Seeds.REPORT_2017);

    private record Gold(String seed, String paragraph, String subject, Integer year, Double value) {
        boolean matches(String seedOfFigure, StatedFigure f) {
            return seed.equals(seedOfFigure) && paragraph.equals(f.paragraph()) && value != null && value == f.value()
                    && f.subject().toLowerCase(Locale.ROOT).contains(subject.toLowerCase(Locale.ROOT))
                    && (year == null || f.year() == null || year.equals(f.year()));
        }
    }

    private record Found(String seed, StatedFigure figure) {
    }

    @Test
    void figuresFromProseAreMostlyRightOnTheHandLabelledSet() {
        List<Gold> gold = gold();
        Set<String> labelled = gold.stream().map(g -> g.seed() + "/" + g.paragraph()).collect(Collectors.toSet());
        List<Found> found = new ArrayList<>();
        for (String seed : SEEDS.keySet()) {
            new FigureFinder().find(paragraphs(SEEDS.get(seed))).stream()
                    .filter(f -> labelled.contains(seed + "/" + f.paragraph())).forEach(f -> found.add(new Found(seed, f)));
        }
        List<Gold> figures = gold.stream().filter(g -> g.value() != null).toList();
        long right = found.stream().filter(f -> figures.stream().anyMatch(g -> g.matches(f.seed(), f.figure()))).count();
        long recalled = figures.stream().filter(g -> found.stream().anyMatch(f -> g.matches(f.seed(), f.figure()))).count();
        double precision = (double) right / found.size();
        double recall = (double) recalled / figures.size();
        System.out.printf(Locale.ROOT, "Figures: %d found, %d right, %d labelled, %d recalled: precision %.2f, recall %.2f%n",
                found.size(), right, figures.size(), recalled, precision, recall);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    @Test
    void entryAndParagraphNumbersAreNeverFigures() {
        List<StatedFigure> found = new FigureFinder().find(List.of(new NumberedText("38", "38 Implementation is ongoing."),
                new NumberedText("12", "12. Since 1948 peacekeepers served."),
                new NumberedText("48", "48<sup>a</sup> Implementation of 3 workshops continues.")));
        assertThat(found).extracting(StatedFigure::value).containsExactly(3.0);
    }

    @Test
    void unitsOfTimeAreNoSubject() {
        assertThat(new FigureFinder().find(List.of(new NumberedText("1", "Units were deployed within 60 days."))))
                .isEmpty();
    }

    private static List<NumberedText> paragraphs(String seed) {
        Extraction e = new ExtractionService().extract(Seeds.text(seed));
        List<NumberedText> paragraphs = new ArrayList<>();
        e.entries().forEach(a -> paragraphs.add(new NumberedText(String.valueOf(a.paragraph()), a.text())));
        e.paragraphs().forEach(p -> paragraphs.add(new NumberedText(String.valueOf(p.number()), p.text())));
        return paragraphs;
    }

    private static List<Gold> gold() {
        try (InputStream in = FigurePrecisionTest.class.getResourceAsStream("/extraction/figures-gold.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("seed\t"))
                    .map(l -> Arrays.asList(l.split("\t"))).map(c -> new Gold(c.get(0), c.get(1), c.get(2),
                            "-".equals(c.get(3)) ? null : Integer.valueOf(c.get(3)),
                            "-".equals(c.get(4)) ? null : Double.valueOf(c.get(4))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
