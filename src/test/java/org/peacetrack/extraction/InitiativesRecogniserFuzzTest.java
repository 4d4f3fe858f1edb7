package org.peacetrack.extraction;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.testing.ReadOrRefuse;

/**
 * The initiatives summary recogniser under a coverage-guided fuzzer (ADR 0050): any text, read as that kind, gives an
 * extraction or a refusal with a reason. Without JAZZER_FUZZ the corpus in InitiativesRecogniserFuzzTestInputs runs as tests.
 */
class InitiativesRecogniserFuzzTest {

    private static final ExtractionService EXTRACTION = new ExtractionService();

    @FuzzTest(maxDuration = "10s")
    void anyTextIsRecognisedOrRefusedWithAReason(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        ReadOrRefuse.check(() -> EXTRACTION.extract(text, DocumentKind.INITIATIVES_SUMMARY), UnrecognisedDocumentException.class);
    }
}
