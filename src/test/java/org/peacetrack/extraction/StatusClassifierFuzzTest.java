package org.peacetrack.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The status classifier under a coverage-guided fuzzer (ADR 0050): any entry text gets a status, with a
 * confidence between 0 and 1, in bounded time. Without JAZZER_FUZZ the corpus in StatusClassifierFuzzTestInputs
 * runs as tests.
 */
class StatusClassifierFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyEntryTextGetsAStatusWithAConfidence(byte[] content) {
        StatusAssessment assessment = StatusClassifier.classify(new String(content, StandardCharsets.UTF_8));

        assertThat(assessment.status()).isNotNull();
        assertThat(assessment.confidence()).isBetween(0.0, 1.0);
    }
}
