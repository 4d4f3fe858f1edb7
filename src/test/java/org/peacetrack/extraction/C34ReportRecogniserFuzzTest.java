package org.peacetrack.extraction;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.peacetrack.documents.DocumentKind;
import org.peacetrack.testing.ReadOrRefuse;

/**
 * The Special Committee report recogniser under a coverage-guided fuzzer (ADR 0050): any text, read as that kind, gives an
 * extraction or a refusal with a reason. Without JAZZER_FUZZ the corpus in C34ReportRecogniserFuzzTestInputs runs as tests.
 */
class C34ReportRecogniserFuzzTest {

    private static final ExtractionService EXTRACTION = new ExtractionService();

    @FuzzTest(maxDuration = "10s")
    void anyTextIsRecognisedOrRefusedWithAReason(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        ReadOrRefuse.check(() -> EXTRACTION.extract(text, DocumentKind.C34_REPORT), UnrecognisedDocumentException.class);
    }
}
