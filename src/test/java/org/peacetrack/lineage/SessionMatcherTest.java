package org.peacetrack.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peacetrack.extraction.ExtractedParagraph;
import org.peacetrack.extraction.ExtractionService;
import org.peacetrack.testing.C34Fixtures;

/** Matching on the fixtures, whose true pairs their author knows (C34Fixtures.TRUE_PAIRS). */
class SessionMatcherTest {

    private final Map<Long, String> of2024 = recommendations(C34Fixtures.REPORT_2024);
    private final Map<Long, String> of2023 = recommendations(C34Fixtures.REPORT_2023);

    private static Map<Long, String> recommendations(String fixture) {
        String text = new String(C34Fixtures.bytes(fixture), StandardCharsets.UTF_8);
        return new ExtractionService().extract(text).paragraphs().stream()
                .collect(Collectors.toMap(p -> (long) p.number(), ExtractedParagraph::text));
    }

    @Test
    void everyRenumberedOrRewordedParagraphIsMatchedToItsPredecessor() {
        Map<Integer, Integer> matched = SessionMatcher.match(of2024, of2023).stream()
                .collect(Collectors.toMap(m -> (int) m.laterId(), m -> (int) m.earlierId()));

        assertThat(matched).containsExactlyInAnyOrderEntriesOf(C34Fixtures.TRUE_PAIRS);
    }

    @Test
    void newParagraphsHaveNoPredecessor() {
        List<Integer> matched = SessionMatcher.match(of2024, of2023).stream().map(m -> (int) m.laterId()).toList();

        assertThat(matched).doesNotContainAnyElementsOf(C34Fixtures.NEW_IN_2024);
    }

    /** The numbers in docs/decisions/0005: true pairs score 0.70 and more, the best wrong candidate 0.33 at most. */
    @Test
    void thresholdSitsBetweenTruePairsAndTheBestWrongCandidates() {
        TextSimilarity similarity = TextSimilarity.over(Stream.concat(of2024.values().stream(), of2023.values().stream()).toList());
        double weakestTruePair = C34Fixtures.TRUE_PAIRS.entrySet().stream()
                .mapToDouble(p -> similarity.score(of2024.get((long) p.getKey()), of2023.get((long) p.getValue())))
                .min().orElseThrow();
        double strongestWrongCandidate = of2024.keySet().stream().flatMap(later -> of2023.keySet().stream()
                        .filter(earlier -> !earlier.equals(C34Fixtures.TRUE_PAIRS.get(later.intValue()) == null ? null
                                : (long) C34Fixtures.TRUE_PAIRS.get(later.intValue())))
                        .map(earlier -> similarity.score(of2024.get(later), of2023.get(earlier))))
                .mapToDouble(Double::doubleValue).max().orElseThrow();

        assertThat(weakestTruePair).isCloseTo(0.70, org.assertj.core.data.Offset.offset(0.01));
        assertThat(strongestWrongCandidate).isCloseTo(0.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(SessionMatcher.THRESHOLD).isStrictlyBetween(strongestWrongCandidate, weakestTruePair);
    }

    @Test
    void inflectionsAndStopWordsDoNotKeepTheSameRequestApart() {
        TextSimilarity similarity = TextSimilarity.over(List.of("requests the Secretariat to report",
                "requested a report from the Secretariat", "welcomes the exercises"));

        assertThat(similarity.score("requests the Secretariat to report", "requested a report from the Secretariat"))
                .isGreaterThan(0.99);
        assertThat(similarity.score("requests the Secretariat to report", "welcomes the exercises")).isZero();
    }
}
